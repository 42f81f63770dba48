import type { ArticleLanguage } from '$lib/domain/pack/format';
import type { QuestionKind } from '$lib/domain/question';

/** The articles on this device: the home page's list, an article's page, importing a pack file. */
export type LibraryMessages = {
	/** The home page's section of articles. */
	articlesHeading: string;
	/** The built-in article's entry. */
	builtInTitle: string;
	builtInNote: string;
	/** One article's facts: its date, language, decks and questions. */
	articleFacts: (facts: { date: string; language: string; decks: number; questions: number }) => string;
	languageNames: Record<ArticleLanguage, string>;
	/** No article on this device yet: where one comes from. */
	emptyLibrary: string;
	importLink: string;
	authorLink: string;
	/** An address naming an article or deck this device does not have. */
	notOnDevice: string;
	/** The article page's address names no article. */
	noArticleId: string;
	/** The page of a deck or question of an article on this device (not prerendered: read in the browser). */
	deckPageTitle: string;
	questionPageTitle: string;
	noDeckId: string;
	noQuestionId: string;
	questionNotOnDevice: string;
	/** Where a deck or question comes from: its article's page. */
	fromArticle: string;
	backHome: string;
	loadFailed: string;
	/** The article page. */
	articleLabel: string;
	sourceLabel: string;
	addedFrom: Record<'file' | 'link' | 'editor', string>;
	paragraphsHeading: string;
	paragraphLabel: (number: number) => string;
	decksHeading: string;
	questionCount: (count: number) => string;
	reviewDeck: string;
	reviewArticle: string;
	quizLink: string;
	/** The deck's Review and Quiz buttons, named with the deck. */
	reviewDeckLabel: (deck: string) => string;
	quizDeckLabel: (deck: string) => string;
	removeHeading: string;
	removeButton: string;
	/** What removing does, said before the learner confirms. */
	removeExplain: string;
	removeConfirm: (title: string) => string;
	removeCancel: string;
	removeFailed: string;
	/** Said on the home page after an article was removed. */
	removed: (title: string) => string;
	/** Importing a pack file. */
	importTitle: string;
	importLead: string;
	chooseFile: string;
	reading: string;
	previewHeading: string;
	previewFacts: (facts: { paragraphs: number; decks: number; questions: number }) => string;
	kindCount: (kind: QuestionKind, count: number) => string;
	/** The article is already on this device: importing replaces it. */
	replaces: (title: string) => string;
	importButton: string;
	importing: string;
	chooseAnother: string;
	imported: (title: string) => string;
	openArticle: string;
	problemsHeading: (count: number) => string;
	problemsNothingChanged: string;
	fileUnreadable: string;
	/** The pack's ids collide with other content: nothing was imported. */
	collision: string;
	saveFailed: string;
};
