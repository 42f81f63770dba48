import type { QuestionKind } from '$lib/domain/question';
import type { RubyMode, TextSize, Theme } from '$lib/platform/display';

/** Texts shared by every page: the header and footer, question kinds, loading and error states. */
export type CommonMessages = {
	appName: string;
	appTagline: string;
	switchLanguage: string;
	skipToContent: string;
	navHome: string;
	navArticle: string;
	navMain: string;
	/** Between a label and its value: full width in Chinese (新卡：20). */
	colon: string;
	/** An aside after a text: full-width parentheses in Chinese, a space and parentheses in English. */
	inParentheses: (text: string | number) => string;
	/** The phone header's button that opens the menu (statistics, settings, language, display). */
	navMenu: string;
	articleDated: (date: string) => string;
	decksHeading: string;
	questionCount: (count: number) => string;
	emptyDecks: string;
	openDeck: string;
	readArticle: string;
	readArticleLead: string;
	deckQuestionsHeading: string;
	kind: Record<QuestionKind, string>;
	showAnswer: string;
	hideAnswer: string;
	answerHeading: string;
	explanationHeading: string;
	sourceHeading: string;
	goToSentence: string;
	showOtherLanguage: string;
	hideOtherLanguage: string;
	trueLabel: string;
	falseLabel: string;
	correctMark: string;
	acceptedAnswers: string;
	correctOrder: string;
	articleHeading: string;
	/** Shown on the English reader: the article is the Chinese original, with this app's English beside it. */
	articleInChinese: string;
	paragraphLabel: (number: number) => string;
	captionLabel: string;
	questionsFromParagraph: (count: number) => string;
	noQuestionsFromParagraph: string;
	paragraphQuestionsHeading: (number: number) => string;
	backToArticle: string;
	highlightedFor: string;
	backToQuestion: string;
	clearHighlight: string;
	/** The reader's banner for a sentence or quote opened from the names, timeline or map pages. */
	passageHighlighted: string;
	inDeck: string;
	notFoundTitle: string;
	notFoundBody: string;
	errorTitle: string;
	errorBody: string;
	goHome: string;
	loading: string;
	navReview: string;
	navSettings: string;
	navQuiz: string;
	navClass: string;
	navStats: string;
	/** The card browser, in the header's menu. */
	navCards: string;
	/** The names and terms page, in the header's menu. */
	navNames: string;
	/** The timeline and map page, in the header's menu. */
	navPlaces: string;
	close: string;
	backToHome: string;
	storageUnavailable: string;
	loadFailed: string;
	contentLoadFailed: string;
	retry: string;
	updateReady: string;
	updateReload: string;
	offlineTitle: string;
	offlineBody: string;
	linkNeedsUpdate: string;
	updateApp: string;
	progressUnavailable: string;
	quizNotSaved: string;
	/** The theme and text size (the settings page and the phone menu). */
	display: {
		theme: string;
		themes: Record<Theme, string>;
		textSize: string;
		textSizes: Record<TextSize, string>;
		ruby: string;
		rubyModes: Record<RubyMode, string>;
	};
	/** The argument page's title, also the home page's link to it. */
	argumentHeading: string;
};
