import type { Article } from '../article';
import type { Deck } from '../question';

// An article pack: one article and the decks written on it, as one versioned JSON document. A teacher's editor
// saves it, a file carries it, a class link carries it compressed. The format is documented in questions/README.md
// ("Article packs"); every limit below is there too.

/** The `format` field of every pack, so that another JSON file is refused as what it is. */
export const packFormat = 'article-pack';
/** The version this app writes and the newest it reads. Raise it only with a reader for every older version. */
export const packVersion = 1;

export const articleLanguages = ['zh-Hant', 'zh-Hans', 'en'] as const;
/** The language an article is written in: Traditional or Simplified Chinese, or English. */
export type ArticleLanguage = (typeof articleLanguages)[number];

/** A pack's article: the built-in article's shape (date, numbered paragraphs) with its title, language and source. */
export type PackArticle = Article & {
	/**
	 * The article's own id (lowercase letters, digits and single hyphens, at most 40 characters): the editor gives
	 * every draft one, so a pack imported again replaces its earlier copy. Absent: one is derived from the title and
	 * the date (domain/pack/namespace.ts).
	 */
	id?: string;
	title: string;
	language: ArticleLanguage;
	/** Where the article was published (a newspaper, an address); absent when the teacher gave none. */
	source?: string;
};

/** A validated article pack, in the shape the rest of the app reads content in. */
export type ArticlePack = { article: PackArticle; decks: Deck[] };

/** The limits of a pack: they bound what an import reads, so a huge or hostile file is refused, not processed. */
export const packLimits = {
	/** The whole pack's JSON, in UTF-8 bytes (the repository's own article and 8 decks take about 0.3 MB). */
	maxBytes: 1_048_576,
	maxArticleIdChars: 40,
	maxTitleChars: 200,
	maxSourceChars: 500,
	maxParagraphs: 500,
	maxParagraphChars: 5_000,
	maxDecks: 50,
	/** Across all decks (one deck holds at most maxQuestionsPerDeck, as in questions/). */
	maxQuestions: 2_000,
	/** Any one text of a deck or question: a prompt, an option, an explanation, a quote. */
	maxTextChars: 5_000
} as const;
