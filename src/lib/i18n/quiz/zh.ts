import type { QuizMessages } from './types';

const zh: QuizMessages = {
	builderTitle: '自訂測驗',
	builderLead: '選擇題組、題型與題數，在練習模式逐題看對錯，或在測驗模式最後才看成績。',
	decksLegend: '題組',
	allDecks: '全部題組',
	kindsLegend: '題型',
	allKinds: '全部題型',
	kindWithCount: (kind, count) => `${kind}（${count}）`,
	countLabel: '題數',
	countHint: (available) => `符合條件的題目共 ${available} 題。`,
	pickLegend: '選題方式',
	pick: { mixed: '隨機混合', 'weak-spots': '我的弱點' },
	pickHint: {
		mixed: '在所選題型之間平均抽題。',
		'weak-spots': '先出你現在最可能忘記、或遺忘次數最多的題目，再出還沒學過的題目。'
	},
	orderLegend: '出題順序',
	order: { 'as-picked': '依序', shuffled: '打亂' },
	orderHint: { 'as-picked': '照題組順序；選「我的弱點」時最弱的先出。', shuffled: '每題的順序隨機。' },
	deckOrderHint: '照題組順序。',
	modeLegend: '模式',
	mode: { practice: '練習', test: '測驗' },
	modeHint: { practice: '每答一題就看對錯、解說與出處。', test: '全部答完才看成績與逐題檢討。' },
	timeLegend: '時間',
	timeLimitLabel: '設定時間限制',
	timeLimitMinutesLabel: '時間限制（分鐘）',
	timeLimitHint: '時間到會自動交卷；剩一分鐘時會提醒。',
	buildSummary: (available, count) =>
		available === 0 ? '沒有符合條件的題目。' : `符合條件 ${available} 題，這次測驗出 ${count} 題。`,
	startQuiz: '開始測驗',
	building: '準備中…',
	errorNoDecks: '請至少選一個題組。',
	errorNoKinds: '請至少選一種題型。',
	errorNoQuestions: '所選的題組與題型沒有題目，請多選一些。',
	errorCount: (maximum) => `題數請填 1 到 ${maximum} 之間的整數。`,
	errorTimeLimit: (maximum) => `時間限制請填 1 到 ${maximum} 之間的整數（分鐘）。`,
	errorMemory: '無法讀取你的學習進度，所以無法挑出弱點。請改用「隨機混合」或再試一次。',
	historyLink: '過去的測驗',
	unfinishedHeading: '未完成的測驗',
	unfinishedItem: (answered, total, started) => `已答 ${answered}／${total} 題，開始於 ${started}`,
	discardQuiz: '捨棄',
	quizDiscarded: '已捨棄這個未完成的測驗。',
	deleteAttempt: '刪除這筆紀錄',
	attemptDeleted: '已刪除這筆測驗紀錄。',
	undoCleanup: '復原',
	cleanupUndone: '已復原。',
	cleanupFailed: '無法完成（測驗可能在另一個分頁中變更過，或瀏覽器的儲存空間被封鎖），什麼都沒有改變。',
	continueQuiz: '繼續作答',

	takeTitle: '測驗',
	noQuiz: '這個網址裡沒有測驗。',
	buildQuiz: '自訂一份測驗',
	linkError: {
		malformed: '這個測驗連結已損壞：有一部分遺失或被改動了。請重新複製完整的連結，或向老師再要一次。',
		checksum: '這個測驗連結已損壞：有一部分遺失或被改動了。請重新複製完整的連結，或向老師再要一次。',
		'unsupported-format': '這個測驗連結來自較新版本的程式。請重新整理頁面以更新，再打開連結。',
		'content-version': '這個測驗是為另一個版本的題目製作的，這裡無法作答。請索取新的連結。'
	},
	catalogFailed: '無法載入題目。請檢查網路連線後再試一次。',
	attemptNotFound: '找不到這次作答的紀錄；以下是這份測驗最近一次的作答。',

	progress: (position, total) => `第 ${position} 題，共 ${total} 題`,
	modeBadge: { practice: '練習模式', test: '測驗模式' },
	timeLeft: (clock) => `剩餘時間 ${clock}`,
	oneMinuteLeft: '剩下一分鐘。',
	timeUp: '時間到，已自動交卷。',
	submitPractice: '檢查答案',
	submitTest: '送出答案',
	answerFirst: '請先作答。',
	assessLegend: '你答得出來嗎？',
	assessKnew: '我記得',
	assessForgot: '我不記得',
	feedbackCorrect: '答對了！',
	feedbackNearMiss: '差一點：很接近，但算答錯。',
	feedbackWrong: '答錯了。',
	feedbackKnew: '你記得這一題。',
	feedbackForgot: '這一題還要再記。',
	nextQuestion: '下一題',
	seeResults: '看成績',
	nextHint: '按 Enter 或空白鍵繼續',
	finishNow: '現在交卷',
	finishConfirm: '現在交卷嗎？沒有作答的題目算答錯。',
	finishing: '交卷中…',
	notice: {
		'save-failed':
			'無法儲存這個答案（瀏覽器的儲存空間可能已滿或被封鎖）。之前的答案都已保存；答案仍在畫面上，請再試一次。',
		'finish-failed': '無法儲存交卷（瀏覽器的儲存空間可能已滿或被封鎖）。你的答案都已保存，請再試一次。',
		'changed-elsewhere': '這份測驗剛在另一個分頁作答過，已顯示最新的進度。',
		'not-reviewed': '答案已儲存，但這張卡儲存的排程資料已損壞，所以這次不算作複習（這不是儲存空間的問題）。'
	},
	loadFailed: '無法從瀏覽器的儲存空間打開這份測驗。',
	tryAgain: '再試一次',

	resultsTitle: '成績',
	score: (correct, total) => `答對 ${correct}／${total} 題`,
	scorePercent: (percent) => `${percent}%`,
	timeTaken: (duration) => `用時 ${duration}`,
	ended: { completed: '全部作答完畢。', 'time-up': '時間到，自動交卷。', stopped: '提前交卷。' },
	takenOn: (date) => `作答時間：${date}`,
	answersReviewed: (reviewed, total) =>
		reviewed === total
			? '這次的答案已記入間隔複習：答錯記為「重來」，答對記為「良好」。'
			: `${total} 題中有 ${reviewed} 題是你已在學習的卡片，已記入間隔複習（答錯記為「重來」，答對記為「良好」）；其餘還沒學過，留給每日新卡。`,
	reviewHeading: '逐題檢討',
	questionNumber: (position) => `第 ${position} 題`,
	yourAnswer: '你的答案',
	notAnswered: '沒有作答（算答錯）',
	selfAssessedKnew: '你表示記得這一題。',
	selfAssessedForgot: '你表示不記得這一題。',
	retryWrong: (count) => `重做答錯的 ${count} 題`,
	allCorrect: '全部答對，沒有要重做的題目！',
	scoreOnly: '這次測驗交卷後只顯示成績；答案會由老師在課堂上講解。',
	takeAgain: '重新作答這份測驗',
	allAttempts: '所有作答紀錄',
	anotherQuiz: '自訂另一份測驗',
	verdictRight: '答對',
	verdictWrong: '答錯',

	historyTitle: '過去的測驗',
	historyLead: '作答紀錄只存在這個瀏覽器中。',
	historyEmpty: '還沒有完成的測驗。',
	historyFailed: '無法讀取作答紀錄。',
	attemptsHeading: '作答紀錄',
	attemptSummary: (correct, total, percent) => `答對 ${correct}／${total}（${percent}%）`,
	classBadge: '課堂',
	viewResults: '看成績',
	trendsHeading: '各題組的趨勢',
	trendsLead: (attempts) => `每個題組最近 ${attempts} 次作答中，該題組題目的答對率。`,
	trendSummary: (percents, change) => {
		const list = percents.map((percent) => `${percent}%`).join('、');
		if (change === null) return `只作答過一次：${list}。`;
		const trend = change > 0 ? `進步 ${change} 個百分點` : change < 0 ? `退步 ${-change} 個百分點` : '持平';
		return `最近 ${percents.length} 次：${list}；${trend}。`;
	}
};

export default zh;
