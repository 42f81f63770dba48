import { splitParagraphs, type ParagraphKind } from '../article';
import { sentencesOf, type TextRange } from '../sentences';
import type { ArticleLanguage } from '../pack/format';
import type { QuestionKind } from '../question';

// A teacher's draft in the editor: the article and the questions as they are being written, possibly incomplete.
// It is stored as is (autosave) and becomes an article pack through the build's own validator (convert.ts).

/** A text in both languages as the teacher writes it: either may be empty (the other language is optional). */
export type DraftText = { zh: string; en: string };
export type DraftOption = DraftText & { correct: boolean };
export type DraftPair = { left: DraftText; right: DraftText };

/**
 * One question being written. It keeps every kind's fields, so switching its kind loses nothing; only the fields
 * of its kind go into the pack.
 */
export type DraftQuestion = {
	id: string;
	kind: QuestionKind;
	prompt: DraftText;
	explanation: DraftText;
	/** The quotes it is anchored to, the first being its sentence. */
	sources: string[];
	/** Flashcard and cloze. */
	answer: DraftText;
	/** True-false. */
	truth: boolean;
	/** Single choice and multiple select. */
	options: DraftOption[];
	/** Cloze: every form a reader may type. */
	accepted: string[];
	/** Ordering, in the correct order. */
	items: DraftText[];
	/** Matching. */
	pairs: DraftPair[];
	/** Carried from an imported pack (the editor does not write them). */
	claim?: string;
	angle?: string;
};

export type DraftDeck = {
	id: string;
	order: number;
	title: DraftText;
	description: DraftText;
	questions: DraftQuestion[];
};

export type DraftParagraph = { kind: ParagraphKind; text: string };

export type DraftArticle = {
	title: string;
	/** YYYY-MM-DD, or empty while unwritten. */
	date: string;
	source: string;
	language: ArticleLanguage;
	paragraphs: DraftParagraph[];
};

export const draftFormat = 'article-draft';
export const draftVersion = 1;

export type Draft = {
	format: typeof draftFormat;
	version: typeof draftVersion;
	/** The article's id on every device (`a-` and 8 base36 characters), written in every pack exported. */
	id: string;
	createdAtMs: number;
	article: DraftArticle;
	decks: DraftDeck[];
};

/** The language a draft's texts are written in first: zh for Chinese articles, en for English ones. */
export const primaryLanguage = (language: ArticleLanguage): 'zh' | 'en' => (language === 'en' ? 'en' : 'zh');

const base36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `length` random base36 characters, from a random source in [0, 1). */
export function randomBase36(random: () => number, length: number): string {
	let text = '';
	for (let i = 0; i < length; i++) text += base36[Math.floor(random() * 36) % 36];
	return text;
}

/** A new article id: `a-` and 8 random base36 characters (about 2.8 × 10¹² ids). */
export const newArticleId = (random: () => number) => `a-${randomBase36(random, 8)}`;

/** A new question id, unique within the draft. */
export function newQuestionId(draft: Draft, random: () => number): string {
	const taken = new Set(draft.decks.flatMap((deck) => deck.questions.map((question) => question.id)));
	for (;;) {
		const id = `q-${randomBase36(random, 6)}`;
		if (!taken.has(id)) return id;
	}
}

export const emptyText = (): DraftText => ({ zh: '', en: '' });

/** A deck with no title yet, ordered after the draft's others. */
export function newDeck(draft: Pick<Draft, 'decks'>): DraftDeck {
	const taken = new Set(draft.decks.map((deck) => deck.id));
	let number = draft.decks.length + 1;
	while (taken.has(`deck-${number}`)) number++;
	const order = Math.max(0, ...draft.decks.map((deck) => deck.order)) + 1;
	return { id: `deck-${number}`, order, title: emptyText(), description: emptyText(), questions: [] };
}

/**
 * The language a new draft's article starts in: the one the teacher used last (the latest draft's, newest first),
 * else Traditional Chinese, the app's subject, whatever the interface language.
 */
export const newDraftLanguage = (
	latestFirst: readonly { language?: ArticleLanguage; damaged?: boolean }[]
): ArticleLanguage => latestFirst.find((entry) => entry.language !== undefined)?.language ?? 'zh-Hant';

/** A new draft with one empty deck; its text, when given, split into paragraphs by the build's rule. */
export function newDraft(options: {
	random: () => number;
	nowMs: number;
	language: ArticleLanguage;
	text?: string;
}): Draft {
	const draft: Draft = {
		format: draftFormat,
		version: draftVersion,
		id: newArticleId(options.random),
		createdAtMs: options.nowMs,
		article: {
			title: '',
			date: '',
			source: '',
			language: options.language,
			paragraphs: options.text ? paragraphsOf(options.text) : []
		},
		decks: []
	};
	draft.decks.push(newDeck(draft));
	return draft;
}

/** Pasted or uploaded text as paragraphs, split and classified by the build's rule (article.txt). */
export function paragraphsOf(text: string): DraftParagraph[] {
	return splitParagraphs(text).map(({ kind, text }) => ({ kind, text }));
}

/** A new question of a kind, anchored to the quotes selected in the article. */
export function newQuestion(id: string, kind: QuestionKind, sources: string[]): DraftQuestion {
	const three = () => [emptyText(), emptyText(), emptyText()];
	return {
		id,
		kind,
		prompt: emptyText(),
		explanation: emptyText(),
		sources: [...sources],
		answer: emptyText(),
		truth: true,
		options: three().map((text) => ({ ...text, correct: false })),
		accepted: [],
		items: three(),
		pairs: [0, 1, 2].map(() => ({ left: emptyText(), right: emptyText() }))
	};
}

// English sentences end at . ! or ? followed by a space (with any closing quote or bracket before it).
const englishSentenceEnd = /[.!?]+["'’”)\]]*(?=\s)|[。！？；]+[」』）]*/g;

/** The sentences of a paragraph, each with its range, split by the rule of the article's language. */
export function sentencesIn(text: string, language: ArticleLanguage): TextRange[] {
	if (language !== 'en') return sentencesOf(text);
	const ranges: TextRange[] = [];
	let start = 0;
	for (const match of text.matchAll(englishSentenceEnd)) {
		const end = match.index + match[0].length;
		ranges.push({ start, end });
		start = end;
		while (start < text.length && /\s/.test(text[start]!)) start++;
	}
	if (start < text.length) ranges.push({ start, end: text.length });
	return ranges;
}
