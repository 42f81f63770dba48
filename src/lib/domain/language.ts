/** The two languages of the interface and the content. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** A text in Traditional Chinese with its English rendering. */
export type Bilingual = { zh: string; en: string };

export const isLanguage = (value: unknown): value is Language =>
	typeof value === 'string' && (languages as readonly string[]).includes(value);

export const otherLanguage = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');
