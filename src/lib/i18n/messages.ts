import type { Language } from '$lib/domain/language';
import type { QuestionKind } from '$lib/domain/question';
import { answerMessages, type AnswerMessages } from './answer-messages';
import { classroomMessages, type ClassroomMessages } from './classroom-messages';
import { quizMessages, type QuizMessages } from './quiz-messages';

/** Every interface text. Both languages must fill every key: the type checker enforces it. */
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
	/** Quizzes: builder, taking, results, history. */
	quiz: QuizMessages;
	/** Classroom practice: class links, projector, results, worksheets. */
	classroom: ClassroomMessages;
	loading: string;
	countsUnavailable: string;
	countNew: string;
	countLearning: string;
	countReview: string;
	navReview: string;
	navSettings: string;
	studyAll: string;
	studyDeck: string;
	reviewTitleAll: string;
	reviewTitleDeck: (deck: string) => string;
	reviewProgress: (done: number, total: number) => string;
	revealAnswer: string;
	submitAnswer: string;
	rateHeading: string;
	rating: Record<'again' | 'hard' | 'good' | 'easy', string>;
	formatInterval: (milliseconds: number) => string;
	resultSelfGraded: string;
	suggestedRating: string;
	undo: string;
	undone: string;
	nothingToUndo: string;
	keyboardHelp: string;
	keyboardHelpTitle: string;
	keyboardShortcuts: { keys: string; action: string }[];
	close: string;
	sessionDoneTitle: string;
	sessionSummary: (cards: number, accuracyPercent: number, minutes: number) => string;
	nextDue: (when: string) => string;
	nothingDueTitle: string;
	nothingDueBody: string;
	nothingScheduled: string;
	waitingForLearning: (when: string) => string;
	backToHome: string;
	storageUnavailable: string;
	waitingTitle: string;
	leechTitle: string;
	leechBody: string;
	rereadParagraph: string;
	cardActions: string;
	suspendCard: string;
	buryCard: string;
	resetCard: string;
	resetConfirm: string;
	cardSuspended: string;
	cardBuried: string;
	cardReset: string;
	staleCard: string;
	storageFailed: string;
	loadFailed: string;
	contentLoadFailed: string;
	retry: string;
	newCardBadge: string;
	learningBadge: string;
	reviewBadge: string;
	settingsTitle: string;
	settingsLead: string;
	settingSaved: string;
	settingInvalid: string;
	settingSaveFailed: string;
	backupHeading: string;
	backupLead: string;
	downloadBackup: string;
	downloadReviewLog: string;
	restoreBackup: string;
	restoreConfirm: string;
	restoreDone: string;
	backupSaved: string;
	restoreFailed: Record<'not-json' | 'not-a-backup' | 'newer-version' | 'invalid-record' | 'storage', string>;
	settingLabels: {
		desiredRetention: string;
		newCardsPerDay: string;
		maximumReviewsPerDay: string;
		learningStepsMinutes: string;
		relearningStepsMinutes: string;
		dayStartHour: string;
		maximumIntervalDays: string;
		fuzz: string;
		leechLapses: string;
		quizAnswersReview: string;
	};
	settingHints: {
		desiredRetention: string;
		newCardsPerDay: string;
		maximumReviewsPerDay: string;
		learningStepsMinutes: string;
		relearningStepsMinutes: string;
		dayStartHour: string;
		maximumIntervalDays: string;
		fuzz: string;
		leechLapses: string;
		quizAnswersReview: string;
	};
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
	quiz: quizMessages.zh,
	classroom: classroomMessages.zh,
	loading: '載入中…',
	countsUnavailable: '無法讀取學習進度',
	countNew: '新卡',
	countLearning: '學習中',
	countReview: '待複習',
	navReview: '複習',
	navSettings: '設定',
	studyAll: '複習全部題組',
	studyDeck: '複習這個題組',
	reviewTitleAll: '複習：全部題組',
	reviewTitleDeck: (deck) => `複習：${deck}`,
	reviewProgress: (done, total) => `已完成 ${done}／${total}`,
	revealAnswer: '顯示答案',
	submitAnswer: '提交答案',
	rateHeading: '你記得多少？',
	rating: { again: '重來', hard: '困難', good: '良好', easy: '簡單' },
	formatInterval: (ms) => {
		const minutes = Math.round(ms / 60_000);
		if (minutes < 1) return '不到 1 分鐘';
		if (minutes < 60) return `${minutes} 分鐘`;
		const hours = Math.round(ms / 3_600_000);
		if (hours < 24) return `${hours} 小時`;
		const days = Math.round(ms / 86_400_000);
		if (days < 31) return `${days} 天`;
		if (days < 365) return `${Math.round(days / 30.4)} 個月`;
		return `${(days / 365).toFixed(1)} 年`;
	},
	resultSelfGraded: '對照答案，自己評分',
	suggestedRating: '已依對錯預選評分，可以更改',
	undo: '復原',
	undone: '已復原上一個評分',
	nothingToUndo: '沒有可以復原的評分',
	keyboardHelp: '鍵盤快捷鍵',
	keyboardHelpTitle: '鍵盤快捷鍵',
	keyboardShortcuts: [
		{ keys: '空白鍵／Enter', action: '顯示答案或提交答案；評分後確認預選的評分' },
		{ keys: '1 2 3 4', action: '評分：重來、困難、良好、簡單' },
		{ keys: 'Z 或 Ctrl/⌘+Z', action: '復原上一個評分' },
		{ keys: '?', action: '顯示或關閉這個說明' },
		{ keys: 'Esc', action: '關閉說明' }
	],
	close: '關閉',
	sessionDoneTitle: '今天的複習完成了！',
	sessionSummary: (cards, accuracy, minutes) =>
		`完成 ${cards} 張卡，正確率 ${accuracy}%，用時 ${minutes} 分鐘。`,
	nextDue: (when) => `下一張卡將在 ${when} 後到期。`,
	nothingDueTitle: '現在沒有要複習的卡',
	nothingDueBody: '新卡已達今日上限，或所有卡都還沒到期。',
	nothingScheduled: '這些題目目前沒有排定的複習。',
	waitingForLearning: (when) => `學習中的卡將在 ${when} 後再出現。`,
	backToHome: '回到首頁',
	storageUnavailable:
		'這個瀏覽器不允許網站儲存資料（可能關閉了儲存功能，或是在受限制的瀏覽器中），因此無法記錄學習進度。請改用一般的瀏覽器視窗。',
	waitingTitle: '稍等一下',
	leechTitle: '這張卡一再忘記',
	leechBody: '這張卡已被標記為「難記卡」。建議重讀它出自的段落，再繼續複習。',
	rereadParagraph: '重讀出處段落',
	cardActions: '卡片操作',
	suspendCard: '暫停這張卡',
	buryCard: '今天先跳過',
	resetCard: '重設為新卡',
	resetConfirm: '要把這張卡重設為新卡嗎？它的複習紀錄會保留。',
	cardSuspended: '已暫停這張卡',
	cardBuried: '這張卡明天再出現',
	cardReset: '已重設為新卡',
	staleCard: '這張卡剛在另一個分頁被複習過，已重新載入；你的評分沒有覆蓋它。',
	storageFailed: '無法儲存（瀏覽器儲存空間可能已滿或被封鎖）。這次評分沒有寫入，請再試一次。',
	loadFailed: '無法讀取你的學習進度。',
	contentLoadFailed: '無法載入題目。請檢查網路連線後再試一次。',
	retry: '再試一次',
	newCardBadge: '新卡',
	learningBadge: '學習中',
	reviewBadge: '複習',
	settingsTitle: '複習設定',
	settingsLead: '設定只存在這個瀏覽器中，修改後立即生效。',
	settingSaved: '已儲存',
	settingInvalid: '這個值不在允許範圍內，沒有儲存。',
	settingSaveFailed: '瀏覽器無法儲存（儲存空間可能已滿或被封鎖），設定沒有改變。',
	backupHeading: '備份與還原',
	backupLead:
		'學習進度只存在這個瀏覽器中。下載備份檔，就能在另一台裝置或清除瀏覽器資料後還原。複習紀錄也能匯出成 FSRS 最佳化工具使用的 CSV。',
	downloadBackup: '下載備份',
	downloadReviewLog: '匯出複習紀錄（CSV）',
	restoreBackup: '從備份還原…',
	restoreConfirm: '還原會以備份檔取代這個瀏覽器中目前的所有學習進度。要繼續嗎？（建議先下載目前的備份。）',
	restoreDone: '已從備份還原。',
	backupSaved: '檔案已下載。',
	restoreFailed: {
		'not-json': '這個檔案無法讀取（不是 JSON 格式）。沒有任何資料被更改。',
		'not-a-backup': '這個檔案不是本應用程式的備份。沒有任何資料被更改。',
		'newer-version': '這個備份來自較新版本的應用程式，請先更新。沒有任何資料被更改。',
		'invalid-record': '這個備份檔已損壞或被修改過。沒有任何資料被更改。',
		storage: '瀏覽器無法寫入（儲存空間可能已滿）。沒有任何資料被更改。'
	},
	settingLabels: {
		desiredRetention: '目標記憶保留率',
		newCardsPerDay: '每日新卡上限',
		maximumReviewsPerDay: '每日複習上限',
		learningStepsMinutes: '學習步驟（分鐘）',
		relearningStepsMinutes: '重新學習步驟（分鐘）',
		dayStartHour: '新的一天開始於（時）',
		maximumIntervalDays: '最長間隔（天）',
		fuzz: '間隔隨機微調',
		leechLapses: '難記卡門檻（遺忘次數）',
		quizAnswersReview: '測驗作答也計入複習'
	},
	settingHints: {
		desiredRetention: '0.70 到 0.99。越高，複習越頻繁。',
		newCardsPerDay: '每天最多引入幾張新卡。',
		maximumReviewsPerDay: '每天最多複習幾張到期卡。',
		learningStepsMinutes: '以空格分隔，例如 1 10。',
		relearningStepsMinutes: '答錯後重新學習的步驟，例如 10。',
		dayStartHour: '0 到 23，預設凌晨 4 點。',
		maximumIntervalDays: '1 到 36500。',
		fuzz: '讓同時學的卡不會總是同一天到期。',
		leechLapses: '遺忘達到這個次數時標記為難記卡。',
		quizAnswersReview: '答錯記為「重來」，答對記為「良好」。'
	}
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
	quiz: quizMessages.en,
	classroom: classroomMessages.en,
	loading: 'Loading…',
	countsUnavailable: 'Progress could not be read',
	countNew: 'New',
	countLearning: 'Learning',
	countReview: 'Due',
	navReview: 'Review',
	navSettings: 'Settings',
	studyAll: 'Review all decks',
	studyDeck: 'Review this deck',
	reviewTitleAll: 'Review: all decks',
	reviewTitleDeck: (deck) => `Review: ${deck}`,
	reviewProgress: (done, total) => `${done} of ${total} done`,
	revealAnswer: 'Show answer',
	submitAnswer: 'Check answer',
	rateHeading: 'How well did you remember?',
	rating: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
	formatInterval: (ms) => {
		const minutes = Math.round(ms / 60_000);
		if (minutes < 1) return '<1 min';
		if (minutes < 60) return `${minutes} min`;
		const hours = Math.round(ms / 3_600_000);
		if (hours < 24) return `${hours} h`;
		const days = Math.round(ms / 86_400_000);
		if (days < 31) return `${days} d`;
		if (days < 365) return `${Math.round(days / 30.4)} mo`;
		return `${(days / 365).toFixed(1)} y`;
	},
	resultSelfGraded: 'Compare with the answer and rate yourself',
	suggestedRating: 'A rating is preselected from your answer; you can change it',
	undo: 'Undo',
	undone: 'The last rating was undone',
	nothingToUndo: 'Nothing to undo',
	keyboardHelp: 'Keyboard shortcuts',
	keyboardHelpTitle: 'Keyboard shortcuts',
	keyboardShortcuts: [
		{ keys: 'Space / Enter', action: 'Show or check the answer; after that, confirm the preselected rating' },
		{ keys: '1 2 3 4', action: 'Rate: Again, Hard, Good, Easy' },
		{ keys: 'Z or Ctrl/⌘+Z', action: 'Undo the last rating' },
		{ keys: '?', action: 'Show or hide this help' },
		{ keys: 'Esc', action: 'Close this help' }
	],
	close: 'Close',
	sessionDoneTitle: 'Done for now!',
	sessionSummary: (cards, accuracy, minutes) =>
		`${cards} card${cards === 1 ? '' : 's'} reviewed, ${accuracy}% remembered, ${minutes} min.`,
	nextDue: (when) => `The next card is due in ${when}.`,
	nothingDueTitle: 'Nothing to review right now',
	nothingDueBody: 'You have reached today’s new-card limit, or no card is due yet.',
	nothingScheduled: 'No reviews are scheduled for these questions yet.',
	waitingForLearning: (when) => `Cards you are learning come back in ${when}.`,
	backToHome: 'Back to the home page',
	storageUnavailable:
		'This browser does not let the site store data (storage is switched off, or this is a restricted in-app browser), so progress cannot be saved. Please open the app in a regular browser window.',
	waitingTitle: 'Back in a moment',
	leechTitle: 'This card keeps slipping away',
	leechBody: 'It is now flagged as a leech. Re-reading the paragraph it comes from usually helps.',
	rereadParagraph: 'Re-read the paragraph',
	cardActions: 'Card actions',
	suspendCard: 'Suspend this card',
	buryCard: 'Skip until tomorrow',
	resetCard: 'Reset to new',
	resetConfirm: 'Reset this card to new? Its review history is kept.',
	cardSuspended: 'Card suspended',
	cardBuried: 'This card comes back tomorrow',
	cardReset: 'Card reset to new',
	staleCard:
		'This card was just reviewed in another tab, so it was reloaded; your rating did not overwrite that one.',
	storageFailed:
		'Could not save (the browser’s storage may be full or blocked). This rating was not written; please try again.',
	loadFailed: 'Your progress could not be read.',
	contentLoadFailed: 'The questions could not be loaded. Check the connection and try again.',
	retry: 'Try again',
	newCardBadge: 'New',
	learningBadge: 'Learning',
	reviewBadge: 'Review',
	settingsTitle: 'Review settings',
	settingsLead: 'Settings are stored only in this browser and take effect at once.',
	settingSaved: 'Saved',
	settingInvalid: 'That value is outside the allowed range and was not saved.',
	settingSaveFailed:
		'The browser could not save (its storage may be full or blocked); the setting is unchanged.',
	backupHeading: 'Backup and restore',
	backupLead:
		'Your progress lives only in this browser. Download a backup to restore it on another device or after clearing the browser. The review log can also be exported as CSV for the FSRS optimizer.',
	downloadBackup: 'Download backup',
	downloadReviewLog: 'Export review log (CSV)',
	restoreBackup: 'Restore from backup…',
	restoreConfirm:
		'Restoring replaces all progress in this browser with the backup. Continue? (Download a backup of the current progress first.)',
	restoreDone: 'Restored from the backup.',
	backupSaved: 'File downloaded.',
	restoreFailed: {
		'not-json': 'This file cannot be read (it is not JSON). Nothing was changed.',
		'not-a-backup': 'This file is not a backup of this app. Nothing was changed.',
		'newer-version': 'This backup comes from a newer version of the app; update first. Nothing was changed.',
		'invalid-record': 'This backup is damaged or was edited. Nothing was changed.',
		storage: 'The browser could not write (its storage may be full). Nothing was changed.'
	},
	settingLabels: {
		desiredRetention: 'Desired retention',
		newCardsPerDay: 'New cards per day',
		maximumReviewsPerDay: 'Maximum reviews per day',
		learningStepsMinutes: 'Learning steps (minutes)',
		relearningStepsMinutes: 'Relearning steps (minutes)',
		dayStartHour: 'New day starts at (hour)',
		maximumIntervalDays: 'Maximum interval (days)',
		fuzz: 'Fuzz intervals',
		leechLapses: 'Leech threshold (lapses)',
		quizAnswersReview: 'Quiz answers count as reviews'
	},
	settingHints: {
		desiredRetention: '0.70 to 0.99. Higher means more frequent reviews.',
		newCardsPerDay: 'How many new cards to introduce each day.',
		maximumReviewsPerDay: 'How many due cards to review each day at most.',
		learningStepsMinutes: 'Separated by spaces, e.g. 1 10.',
		relearningStepsMinutes: 'Steps after a lapse, e.g. 10.',
		dayStartHour: '0 to 23; 4 AM by default.',
		maximumIntervalDays: '1 to 36500.',
		fuzz: 'Keeps cards learned together from always falling due together.',
		leechLapses: 'A card is flagged as a leech after this many lapses.',
		quizAnswersReview: 'A wrong answer counts as Again, a right one as Good.'
	}
};

export const messages: Record<Language, Messages> = { zh, en };

/** The BCP 47 tag of each language, for the lang attribute. */
export const languageTags: Record<Language, string> = { zh: 'zh-Hant', en: 'en' };
