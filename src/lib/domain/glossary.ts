import type { Bilingual } from './language';

export const glossaryKinds = ['person', 'place', 'organisation', 'term'] as const;
export type GlossaryKind = (typeof glossaryKinds)[number];

/**
 * One name or term of the article with the one English rendering every text uses. Forms are listed so that
 * typed answers and readers can accept each of them (普京 / 普丁 / Putin).
 */
export type GlossaryEntry = {
	id: string;
	kind: GlossaryKind;
	/** The article's Traditional form. */
	zh: string;
	/** Other Traditional forms, in the article (阿斯坦納, 哈國) or in common use (普丁). */
	zhVariants: string[];
	/** Simplified forms (普京, 哈萨克斯坦). */
	hans: string[];
	/** The English rendering every English text uses. */
	en: string;
	/** Other English forms running text may use for it (Putin for Vladimir Putin, Kazakh for Kazakhstan). */
	enVariants: string[];
	/** Renderings never to use, because they mislead ("old capital" for 老本 reads as a former capital city). */
	avoid: string[];
	/** What it means here, or why this rendering. */
	note?: Bilingual;
};

export type Glossary = { entries: GlossaryEntry[] };

/** Every Traditional form of an entry: the article's, then the variants. */
export const traditionalForms = (entry: GlossaryEntry) => [entry.zh, ...entry.zhVariants];

/** Every English form of an entry: the rendering, then the variants. */
export const englishForms = (entry: GlossaryEntry) => [entry.en, ...entry.enVariants];

/** Every form a reader may type for the entry, in any script or language. */
export const acceptedForms = (entry: GlossaryEntry) => [
	...traditionalForms(entry),
	...entry.hans,
	...englishForms(entry)
];

const sortedForms = new WeakMap<readonly GlossaryEntry[], { form: string; entry: GlossaryEntry }[]>();

/** Every Traditional form of every entry, longest first (computed once per glossary). */
function formsLongestFirst(entries: readonly GlossaryEntry[]) {
	let forms = sortedForms.get(entries);
	if (!forms) {
		forms = entries
			.flatMap((entry) => traditionalForms(entry).map((form) => ({ form, entry })))
			.sort((a, b) => b.form.length - a.form.length);
		sortedForms.set(entries, forms);
	}
	return forms;
}

/** One mention of a glossary entry in a Chinese text: which entry, in which form, where. */
export type Mention = { entry: GlossaryEntry; form: string; at: number };

/**
 * Every mention of an entry in a Chinese text, in reading order. Longer forms are matched first and the text
 * they cover is not read again, so 去俄羅斯 (de-Russification) is not also counted as 俄羅斯 (Russia).
 */
export function mentionsIn(text: string, entries: readonly GlossaryEntry[]): Mention[] {
	const forms = formsLongestFirst(entries);
	let rest = text;
	const found: Mention[] = [];
	for (const { form, entry } of forms) {
		let at = rest.indexOf(form);
		while (at !== -1) {
			found.push({ entry, form, at });
			rest = rest.slice(0, at) + '\u0000'.repeat(form.length) + rest.slice(at + form.length);
			at = rest.indexOf(form, at + form.length);
		}
	}
	return found.sort((a, b) => a.at - b.at);
}

/** The entries a Chinese text mentions, each once, in order of first mention (see mentionsIn). */
export function entriesMentioned(text: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
	return [...new Set(mentionsIn(text, entries).map((mention) => mention.entry))];
}

/**
 * Whether English text uses a form as a word: "Russia" in "Russia's" but not in "Russian". Acronyms (US, SCO)
 * must match in capitals, so "us" is never read as the United States.
 */
export function usesEnglishForm(text: string, form: string): boolean {
	let pattern = englishPatterns.get(form);
	if (!pattern) {
		const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
		const caseSensitive = /^[A-Z]{2,}$/.test(form);
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
		englishPatterns.set(form, pattern);
	}
	return pattern.test(text);
}

const englishPatterns = new Map<string, RegExp>();
