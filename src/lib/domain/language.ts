/** The two languages of the interface and the content. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** A text in Traditional Chinese with its English rendering. */
export type Bilingual = { zh: string; en: string };

export const isLanguage = (value: unknown): value is Language =>
	typeof value === 'string' && (languages as readonly string[]).includes(value);

export const otherLanguage = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');

/** The BCP 47 tag of each language, for Intl and the lang attribute. */
export const languageTags: Record<Language, string> = { zh: 'zh-Hant', en: 'en' };
