import type { Article } from '$lib/domain/article';
import {
	glossaryKinds,
	mentionsIn,
	type Glossary,
	type GlossaryEntry,
	type GlossaryKind
} from '$lib/domain/glossary';
import type { Language } from '$lib/domain/language';
import { questionTexts, type Question } from '$lib/domain/question';
import { sentenceAt } from '$lib/domain/sentences';
import { allQuestions, type Catalog } from './catalog';

// What the names page (and the map's places) need of the glossary, in the page's language: every form of each
// entry, its reading, the sentences that mention it and the questions that name it.

/** One sentence of the article that mentions an entry: where it is, for a link that opens the reader there. */
export type SentenceMention = {
	paragraphId: string;
	paragraphNumber: number;
	/** The sentence's 1-based number within its paragraph. */
	sentenceNumber: number;
	start: number;
	end: number;
};

export type QuestionLink = { id: string; prompt: string };

export type NameView = {
	id: string;
	kind: GlossaryKind;
	zh: string;
	/** Every Traditional form (the article's first) with its pinyin. */
	traditional: { form: string; reading: string }[];
	hans: string[];
	en: string;
	enVariants: string[];
	note?: string;
	sentences: SentenceMention[];
	/** Its questions, as places in the view's `questions` (each prompt travels once, not once per name). */
	questions: number[];
};

export type NamesView = {
	groups: { kind: GlossaryKind; entries: NameView[] }[];
	entryCount: number;
	questions: QuestionLink[];
};

/** Every sentence of the article that mentions the entry, once each, in reading order. */
export function sentencesMentioning(
	article: Article,
	entry: GlossaryEntry,
	entries: readonly GlossaryEntry[]
) {
	const found: SentenceMention[] = [];
	for (const paragraph of article.paragraphs) {
		for (const mention of mentionsIn(paragraph.text, entries)) {
			if (mention.entry.id !== entry.id) continue;
			const sentence = sentenceAt(paragraph.text, mention.at);
			if (found.some((other) => other.paragraphId === paragraph.id && other.start === sentence.start))
				continue;
			found.push({
				paragraphId: paragraph.id,
				paragraphNumber: paragraph.number,
				sentenceNumber: sentence.number,
				start: sentence.start,
				end: sentence.end
			});
		}
	}
	return found;
}

/** The questions whose Chinese texts (prompt, answers, options) name the entry, in catalog order. */
export function questionsNaming(
	questions: readonly Question[],
	entry: GlossaryEntry,
	entries: readonly GlossaryEntry[]
): Question[] {
	return questions.filter((question) =>
		mentionsIn(questionTexts(question).join('\n'), entries).some((mention) => mention.entry.id === entry.id)
	);
}

/** The glossary laid out for the names page: grouped by kind in the glossary's order, each entry as listed. */
export function namesView(
	glossary: Glossary,
	catalog: Catalog,
	language: Language,
	readingOf: (form: string) => string
): NamesView {
	const questions = allQuestions(catalog);
	const links: QuestionLink[] = [];
	const placeOf = new Map<string, number>();
	const place = (question: Question) => {
		let index = placeOf.get(question.id);
		if (index === undefined) {
			index = links.push({ id: question.id, prompt: question.prompt[language] }) - 1;
			placeOf.set(question.id, index);
		}
		return index;
	};
	const view = (entry: GlossaryEntry): NameView => ({
		id: entry.id,
		kind: entry.kind,
		zh: entry.zh,
		traditional: [entry.zh, ...entry.zhVariants].map((form) => ({ form, reading: readingOf(form) })),
		hans: entry.hans,
		en: entry.en,
		enVariants: entry.enVariants,
		...(entry.note ? { note: entry.note[language] } : {}),
		sentences: sentencesMentioning(catalog.article, entry, glossary.entries),
		questions: questionsNaming(questions, entry, glossary.entries).map(place)
	});
	const groups = glossaryKinds
		.map((kind) => ({ kind, entries: glossary.entries.filter((entry) => entry.kind === kind).map(view) }))
		.filter((group) => group.entries.length > 0);
	return { groups, entryCount: glossary.entries.length, questions: links };
}

/** Whether an entry has a form that contains the query, in any script or language, ignoring case and spaces. */
export function nameMatches(
	entry: Pick<NameView, 'traditional' | 'hans' | 'en' | 'enVariants'>,
	query: string
) {
	const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
	const wanted = fold(query);
	if (wanted === '') return true;
	return [
		...entry.traditional.flatMap(({ form, reading }) => [form, reading]),
		...entry.hans,
		entry.en,
		...entry.enVariants
	].some((form) => fold(form).includes(wanted));
}
