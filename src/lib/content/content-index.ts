import type { Paragraph } from '$lib/domain/article';
import type { DeckId, QuestionId } from '$lib/domain/ids';
import type { Bilingual } from '$lib/domain/language';
import type { Deck, Question } from '$lib/domain/question';
import type { ScriptMap } from '$lib/domain/script-map';
import type { ArticleLanguage } from '$lib/domain/pack/format';
import { articleIdOf } from '$lib/domain/pack/article-id';
import type { Catalog } from './catalog';

/** What a page needs to know of a question without its text: enough to count, pick and link it. */
export type QuestionStub = Pick<Question, 'id' | 'deckId' | 'kind'>;

/** A deck without its questions' text; the questions themselves are in the deck's own file. */
export type DeckSummary = {
	id: DeckId;
	order: number;
	title: Bilingual;
	description: Bilingual;
	questions: QuestionStub[];
};

/**
 * The small file every browser-only page starts from (content/index.json): the content version, the decks and
 * their questions' ids and kinds in catalog order, and each paragraph's number. Texts live in one file per deck
 * (content/decks/<id>.json) and one for the article (content/article.json), fetched only by the pages that show them.
 */
export type ContentIndex = {
	version: string;
	articleDate: string;
	paragraphs: Pick<Paragraph, 'id' | 'number'>[];
	decks: DeckSummary[];
	/** Traditional→Simplified for the characters of accepted answers, so grading needs no converter download. */
	scriptMap: ScriptMap;
	/**
	 * The articles, the built-in ones first (the first article, then any further folder of questions/, served as
	 * packs), then those on this device (content/device-articles.ts adds them in the browser). A build of one
	 * article writes none: articlesOf reads it as the built-in article alone.
	 */
	articles?: ArticleSummary[];
};

/** The id the first built-in article goes by among the articles (a device article may not take it). */
export const builtInArticleId = 'built-in';

/** An article as the home page and the quiz links know it, without its text. */
export type ArticleSummary = {
	id: string;
	builtIn: boolean;
	date: string;
	/** A further built-in or device article's title (the first article's is the app's own, in the messages). */
	title?: string;
	language: ArticleLanguage;
	source?: string;
	paragraphCount: number;
	/** The content version a quiz link over this article's questions alone names (the built-in: the index's). */
	version: string;
};

/** The index's articles: the built-in one first. */
export const articlesOf = (
	index: Pick<ContentIndex, 'articles' | 'articleDate' | 'paragraphs' | 'version'>
): ArticleSummary[] =>
	index.articles ?? [
		{
			id: builtInArticleId,
			builtIn: true,
			date: index.articleDate,
			language: 'zh-Hant',
			paragraphCount: index.paragraphs.length,
			version: index.version
		}
	];

/** The article a deck or question belongs to, by its id. */
export const articleOfId = (id: string): string => articleIdOf(id) ?? builtInArticleId;

/** The decks of one article, in catalog order. */
export const articleDecks = (index: Pick<ContentIndex, 'decks'>, articleId: string): DeckSummary[] =>
	index.decks.filter((deck) => articleOfId(deck.id) === articleId);

/** The questions of a deck reduced to stubs. */
export const questionStubs = (deck: Pick<Deck, 'questions'>): QuestionStub[] =>
	deck.questions.map(({ id, deckId, kind }) => ({ id, deckId, kind }));

/** The index of a catalog (written at build time). */
export function contentIndexOf(catalog: Catalog, scriptMap: ScriptMap = {}): ContentIndex {
	return {
		version: catalog.version,
		articleDate: catalog.article.date,
		paragraphs: catalog.article.paragraphs.map(({ id, number }) => ({ id, number })),
		decks: catalog.decks.map((deck) => ({
			id: deck.id,
			order: deck.order,
			title: deck.title,
			description: deck.description,
			questions: questionStubs(deck)
		})),
		scriptMap
	};
}

/** Every question stub of the index, in catalog order (the order quiz links count positions in). */
export const indexQuestions = (index: Pick<ContentIndex, 'decks'>): QuestionStub[] =>
	index.decks.flatMap((deck) => deck.questions);

/** The home page's count scopes: every question ("all") and each deck's ("deck:<id>"). */
export function countScopesOf(
	index: Pick<ContentIndex, 'decks'>
): Record<string, { questionId: QuestionId; deckId: DeckId }[]> {
	const scope = (questions: QuestionStub[]) =>
		questions.map((question) => ({ questionId: question.id, deckId: question.deckId }));
	return {
		all: scope(indexQuestions(index)),
		...Object.fromEntries(index.decks.map((deck) => [`deck:${deck.id}`, scope(deck.questions)]))
	};
}

/** Paragraph numbers by paragraph id, for "¶ n" labels. */
export const paragraphNumbersOf = (index: Pick<ContentIndex, 'paragraphs'>): Record<string, number> =>
	Object.fromEntries(index.paragraphs.map((paragraph) => [paragraph.id, paragraph.number]));

/** The decks (ids, in catalog order) that hold any of these questions. */
export function decksHolding(index: Pick<ContentIndex, 'decks'>, questionIds: Iterable<string>): DeckId[] {
	const wanted = new Set(questionIds);
	return index.decks
		.filter((deck) => deck.questions.some((question) => wanted.has(question.id)))
		.map((deck) => deck.id);
}

/**
 * Every content file with its gzipped size (content/files.json), in the order the service worker precaches them:
 * the index (every browser-only page starts from it), the decks in catalog order, the article. The worker
 * precaches them while they fit its budget and caches the rest when they are first used, so a first visit's
 * download does not grow with the number of questions.
 */
export type ContentFileList = { files: { path: string; gzipBytes: number }[] };

/** The address of a content file, relative to the site's root. */
export const contentPaths = {
	list: '/content/files.json',
	index: '/content/index.json',
	article: '/content/article.json',
	deck: (id: string) => `/content/decks/${id}.json`,
	/** A further built-in article (questions/<folder>/, after the first) as an article pack. */
	articlePack: (id: string) => `/content/articles/${id}.json`
} as const;
