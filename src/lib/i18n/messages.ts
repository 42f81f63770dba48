import type { Language } from '$lib/domain/language';
import type { QuestionKind } from '$lib/domain/question';
import { answerMessages, type AnswerMessages } from './answer-messages';
import { argumentMessages, type ArgumentMessages } from './argument-messages';
import { classroomMessages, type ClassroomMessages } from './classroom-messages';
import { quizMessages, type QuizMessages } from './quiz-messages';
import { reviewMessages, type ReviewMessages } from './review-messages';
import { settingsMessages, type SettingsMessages } from './settings-messages';
import { statsMessages, type StatsMessages } from './stats-messages';

/**
 * Every interface text. Both languages must fill every key: the type checker enforces it. Texts shared by several
 * screens are here; each area's own texts are a section in its own file of the same shape (type, zh, en).
 * Numbers, durations and dates are formatted by format.ts (Intl), never inside a catalog.
 */
export type Messages = {
	appName: string;
	appTagline: string;
	languageName: string;
	switchLanguage: string;
	skipToContent: string;
	navHome: string;
	navArticle: string;
	navMain: string;
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
	paragraphLabel: (number: number) => string;
	captionLabel: string;
	questionsFromParagraph: (count: number) => string;
	noQuestionsFromParagraph: string;
	paragraphQuestionsHeading: (number: number) => string;
	backToArticle: string;
	highlightedFor: string;
	backToQuestion: string;
	clearHighlight: string;
	inDeck: string;
	notFoundTitle: string;
	notFoundBody: string;
	errorTitle: string;
	errorBody: string;
	goHome: string;
	/** The answer controls' texts, kept in their own module beside the controls' catalog section. */
	answers: AnswerMessages;
	/** The argument page and the links to it. */
	argument: ArgumentMessages;
	/** Quizzes: builder, taking, results, history. */
	quiz: QuizMessages;
	/** Statistics, card info and the reader's memory map. */
	stats: StatsMessages;
	/** Classroom practice: class links, projector, results, worksheets. */
	classroom: ClassroomMessages;
	/** Flashcard review: counts, the session, ratings, notices. */
	review: ReviewMessages;
	/** The settings page and its backup panel. */
	settings: SettingsMessages;
	loading: string;
	navReview: string;
	navSettings: string;
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
};

const zh: Messages = {
	appName: '上合與中亞：讀報學習',
	appTagline: '從一篇時事分析學習：測驗、記憶卡與課堂練習，全部在你的瀏覽器中離線運作。',
	languageName: '中文',
	switchLanguage: 'English',
	skipToContent: '跳到主要內容',
	navHome: '首頁',
	navArticle: '原文',
	navMain: '主選單',
	articleDated: (date) => `原文日期：${date}`,
	decksHeading: '題組',
	questionCount: (count) => `${count} 題`,
	emptyDecks: '目前沒有題組。請在 questions/decks/ 加入題組檔案。',
	openDeck: '打開題組',
	readArticle: '閱讀原文',
	readArticleLead: '每一段都標出由它出題的題目數；每一題都能回到它引用的句子。',
	deckQuestionsHeading: '題目',
	kind: {
		flashcard: '記憶卡',
		'single-choice': '單選題',
		'multiple-select': '多選題',
		'true-false': '是非題',
		cloze: '填空題',
		ordering: '排序題',
		matching: '配對題'
	},
	showAnswer: '顯示答案',
	hideAnswer: '隱藏答案',
	answerHeading: '答案',
	explanationHeading: '解說',
	sourceHeading: '出處',
	goToSentence: '在原文中查看這一句',
	showOtherLanguage: '顯示英文',
	hideOtherLanguage: '隱藏英文',
	trueLabel: '是',
	falseLabel: '非',
	correctMark: '正確',
	acceptedAnswers: '可接受的答案',
	correctOrder: '正確順序',
	articleHeading: '中亞、俄羅斯與中國：上合天津峰會前後',
	paragraphLabel: (number) => `第 ${number} 段`,
	captionLabel: '圖片說明',
	questionsFromParagraph: (count) => `${count} 題出自此段`,
	noQuestionsFromParagraph: '此段沒有題目',
	paragraphQuestionsHeading: (number) => `出自第 ${number} 段的題目`,
	backToArticle: '回到原文',
	highlightedFor: '已標出這一題引用的句子：',
	backToQuestion: '回到題目',
	clearHighlight: '取消標示',
	inDeck: '題組',
	notFoundTitle: '找不到這一頁',
	notFoundBody: '這個連結可能已過時或打錯了。',
	errorTitle: '出了點問題',
	errorBody: '這一頁無法顯示。請重新載入，或回到首頁。',
	goHome: '回到首頁',
	answers: answerMessages.zh,
	argument: argumentMessages.zh,
	quiz: quizMessages.zh,
	stats: statsMessages.zh,
	classroom: classroomMessages.zh,
	review: reviewMessages.zh,
	settings: settingsMessages.zh,
	loading: '載入中…',
	navReview: '複習',
	navSettings: '設定',
	close: '關閉',
	backToHome: '回到首頁',
	storageUnavailable:
		'這個瀏覽器不允許網站儲存資料（可能關閉了儲存功能，或是在受限制的瀏覽器中），因此無法記錄學習進度。請改用一般的瀏覽器視窗。',
	loadFailed: '無法讀取你的學習進度。',
	contentLoadFailed: '無法載入題目。請檢查網路連線後再試一次。',
	retry: '再試一次',
	updateReady: '新版本已準備好。',
	updateReload: '重新載入以更新',
	offlineTitle: '目前離線',
	offlineBody:
		'這一頁還沒有存到這台裝置上：連上網路後打開一次，之後離線也能看。已經打開過的頁面、文章、複習和測驗離線都能使用。',
	linkNeedsUpdate: '這個連結是用較新版本的應用程式建立的。請先更新應用程式，再打開這個連結。',
	updateApp: '更新應用程式',
	progressUnavailable: '無法顯示進度',
	quizNotSaved: '這次作答不會保存：瀏覽器的儲存空間無法使用。'
};

const en: Messages = {
	appName: 'SCO & Central Asia: Read and Learn',
	appTagline:
		'Learn from one current-affairs analysis: quizzes, flashcards and class practice, all offline in your browser.',
	languageName: 'English',
	switchLanguage: '中文',
	skipToContent: 'Skip to main content',
	navHome: 'Home',
	navArticle: 'Article',
	navMain: 'Main menu',
	articleDated: (date) => `Article dated ${date}`,
	decksHeading: 'Decks',
	questionCount: (count) => `${count} question${count === 1 ? '' : 's'}`,
	emptyDecks: 'There are no decks yet. Add deck files to questions/decks/.',
	openDeck: 'Open deck',
	readArticle: 'Read the article',
	readArticleLead:
		'Each paragraph shows how many questions come from it; every question leads back to the sentence it quotes.',
	deckQuestionsHeading: 'Questions',
	kind: {
		flashcard: 'Flashcard',
		'single-choice': 'Single choice',
		'multiple-select': 'Multiple select',
		'true-false': 'True or false',
		cloze: 'Fill in the blank',
		ordering: 'Ordering',
		matching: 'Matching'
	},
	showAnswer: 'Show answer',
	hideAnswer: 'Hide answer',
	answerHeading: 'Answer',
	explanationHeading: 'Explanation',
	sourceHeading: 'Source',
	goToSentence: 'See this sentence in the article',
	showOtherLanguage: 'Show Chinese',
	hideOtherLanguage: 'Hide Chinese',
	trueLabel: 'True',
	falseLabel: 'False',
	correctMark: 'correct',
	acceptedAnswers: 'Accepted answers',
	correctOrder: 'Correct order',
	articleHeading: 'Central Asia, Russia and China around the SCO summit in Tianjin',
	paragraphLabel: (number) => `Paragraph ${number}`,
	captionLabel: 'Image caption',
	questionsFromParagraph: (count) => `${count} question${count === 1 ? '' : 's'} from this paragraph`,
	noQuestionsFromParagraph: 'No questions from this paragraph',
	paragraphQuestionsHeading: (number) => `Questions from paragraph ${number}`,
	backToArticle: 'Back to the article',
	highlightedFor: 'Highlighted: the sentence this question quotes:',
	backToQuestion: 'Back to the question',
	clearHighlight: 'Clear highlight',
	inDeck: 'Deck',
	notFoundTitle: 'Page not found',
	notFoundBody: 'The link may be out of date or mistyped.',
	errorTitle: 'Something went wrong',
	errorBody: 'This page could not be shown. Reload it, or go back to the home page.',
	goHome: 'Go to the home page',
	answers: answerMessages.en,
	argument: argumentMessages.en,
	quiz: quizMessages.en,
	stats: statsMessages.en,
	classroom: classroomMessages.en,
	review: reviewMessages.en,
	settings: settingsMessages.en,
	loading: 'Loading…',
	navReview: 'Review',
	navSettings: 'Settings',
	close: 'Close',
	backToHome: 'Back to the home page',
	storageUnavailable:
		'This browser does not let the site store data (storage is switched off, or this is a restricted in-app browser), so progress cannot be saved. Please open the app in a regular browser window.',
	loadFailed: 'Your progress could not be read.',
	contentLoadFailed: 'The questions could not be loaded. Check the connection and try again.',
	retry: 'Try again',
	updateReady: 'A new version is ready.',
	updateReload: 'Reload to update',
	offlineTitle: 'You are offline',
	offlineBody:
		'This page is not saved on this device yet: open it once while online and it will work offline from then on. Pages you have opened before, the article, review and quizzes work offline.',
	linkNeedsUpdate:
		'This link was made with a newer version of the app. Update the app, then open the link again.',
	updateApp: 'Update the app',
	progressUnavailable: 'Progress unavailable',
	quizNotSaved: 'This attempt will not be saved: the browser’s storage cannot be used.'
};

export const messages: Record<Language, Messages> = { zh, en };
