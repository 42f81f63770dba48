import type { StatsMessages } from './types';

// A number formatter is costly to build (toLocaleString builds one per call): built on first use.
let counter: Intl.NumberFormat | undefined;
const count = (value: number, tag: string) => (counter ??= new Intl.NumberFormat(tag)).format(value);

const zh: StatsMessages = {
	title: '學習統計',
	lead: '你的每一次評分都存在這個瀏覽器裡：這裡看得到今天做了多少、記住了多少，以及接下來的安排。',
	scopeLabel: '範圍',
	allDecks: '全部題組',
	wholeArticle: (title) => `「${title}」全文`,
	builtInArticle: '內建文章',
	loading: '正在計算統計…',
	historyLoading: (read) => `正在讀取複習紀錄（已讀 ${count(read, 'zh-Hant')} 筆）…`,
	failed: '統計無法讀取。你的紀錄沒有任何改變。',
	retry: '再試一次',
	storageUnavailable: '這個瀏覽器無法使用本機儲存，所以沒有可顯示的紀錄。',
	showTable: '以表格顯示',
	hideTable: '隱藏表格',
	tableOf: (heading) => `${heading}（表格）`,
	noReviewsYet: '還沒有任何複習紀錄。開始複習後，這裡就會出現你的進度。',
	todayHeading: '今天',
	cardsStudied: '學過的卡片',
	timeSpent: '花費時間',
	againCount: '按「重來」',
	trueRetention: '實際記住率',
	retentionDetail: (passed, total) => `${total} 張到期卡片中記住 ${passed} 張`,

	calendarHeading: '複習日曆',
	calendarSummary: (reviews, days) => `過去一年在 ${days} 天裡複習了 ${reviews} 次`,
	monthShort: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
	currentStreak: '目前連續天數',
	longestStreak: '最長連續天數',
	reviewsOn: (date, count) => `${date}：${count} 次複習`,
	date: '日期',
	reviews: '複習次數',

	activityHeading: '每日複習次數',
	timeHeading: '每日複習時間',
	rangeLabel: '期間',
	lastDays: (count) => `過去 ${count} 天`,
	nextDays: (count) => `未來 ${count} 天`,
	activityKind: { learning: '學習中', review: '複習', relearning: '重新學習' },
	minutes: '分鐘',
	total: '合計',

	forecastHeading: '未來到期',
	forecastLearning: '學習步驟',
	forecastReview: '複習',
	dueTomorrow: (count) => `明天到期 ${count} 張`,

	retentionHeading: '實際記住率',
	retentionPeriod: { today: '今天', yesterday: '昨天', lastWeek: '過去一週', lastMonth: '過去一個月' },
	young: '新近卡片',
	mature: '熟練卡片',
	all: '全部',
	retentionNote:
		'只算到期複習的卡片（不含新卡與學習步驟），沒按「重來」即算記住。熟練卡片：距上次複習 21 天以上。',

	countsHeading: '卡片數量',
	count: { new: '未學', learning: '學習中', review: '複習中', suspended: '已暫停' },

	memoryHeading: '記憶狀態',
	articleRecall: '今天大約記得這篇文章的',
	articleRecallNote: (studied, total) => `依 ${total} 題中已學的 ${studied} 題估計，未學的題目算作不記得。`,
	averageRetrievability: '已學卡片的平均記住機率',
	stabilityHeading: '記憶穩定度（天）',
	difficultyHeading: '難度',
	retrievabilityHeading: '現在的記住機率',
	bucket: (from, to) => (to === null ? `${from} 以上` : `${from}–${to}`),
	cards: '卡片數',
	range: '區間',

	buttonsHeading: '評分按鈕',
	buttonGroup: { learning: '學習中', young: '新近', mature: '熟練' },
	rating: { again: '重來', hard: '困難', good: '良好', easy: '簡單' },
	correct: '記住率',

	hoursHeading: '一天中的時段',
	hour: '時段',
	hourLabel: (hour) => `${hour}:00`,

	cardInfoHeading: '我的學習紀錄',
	cardNotStudied: '你還沒學過這一題。',
	cardState: '狀態',
	phase: { new: '未學', learning: '學習中', review: '複習中', relearning: '重新學習' },
	due: '下次到期',
	stability: '穩定度',
	difficulty: '難度',
	retrievabilityNow: '現在記住的機率',
	lapses: '忘記次數',
	historyHeading: '複習紀錄',
	historyRating: '評分',
	historyPhase: '當時狀態',
	historyInterval: '下次間隔',
	historyTime: '用時',
	ratingName: { 0: '重設', 1: '重來', 2: '困難', 3: '良好', 4: '簡單' },
	forgettingCurveHeading: '遺忘曲線',
	forgettingCurveDescription: (days, value) => `上次複習後 ${days}內，記住的機率降到 ${value}。`,
	suspend: '暫停這張卡片',
	unsuspend: '恢復這張卡片',
	reset: '重設為新卡片',
	resetConfirm: '重設後這張卡片會重新開始，但紀錄會保留。確定嗎？',
	openInReader: '在文章中查看',
	openInCardBrowser: '在卡片瀏覽中查看',
	suspendedNote: '這張卡片已暫停，不會出現在複習中。',
	actionFailed: '無法儲存這個變更，紀錄沒有改變。',
	quizOrigin: '（測驗）',

	parametersHeading: '個人化的記憶參數（FSRS）',
	parametersLead:
		'排程預設使用一般人的記憶參數。你複習得夠多之後，可以用你自己的複習紀錄算出更貼近你的參數；計算只在這個瀏覽器裡進行。',
	parametersDefault: '目前使用：預設參數',
	parametersPersonal: '目前使用：你的個人參數',
	parametersFit: '計算我的參數',
	parametersReading: '正在讀取複習紀錄…',
	parametersFitting: (reviews) => `正在用 ${reviews} 次評分計算參數…`,
	parametersTooFew: (reviews, minimum) =>
		`目前只有 ${reviews} 次評分；至少要 ${minimum} 次，算出的參數才可靠。繼續複習，之後再來。`,
	parametersFailed: '參數無法計算。排程沒有任何改變。',
	parametersFitted: (reviews, duration) => `已用 ${reviews} 次評分算出參數（耗時 ${duration}）。`,
	parametersComparison: '預設參數與你的參數，預測你的複習紀錄的準確度',
	parametersDefaultColumn: '預設參數',
	parametersYoursColumn: '你的參數',
	logLoss: '對數損失（越低越好）',
	rmse: '均方根誤差（越低越好）',
	parametersVerdict: (better, share, predictions) =>
		better
			? `依 ${predictions} 次隔日複習，你的參數預測得較準（對數損失低 ${share}）。`
			: `依 ${predictions} 次隔日複習，你的參數沒有預測得較準（對數損失高 ${share}），建議繼續使用預設參數。`,
	parametersApply: '使用我的參數',
	parametersDiscard: '不使用',
	parametersUseDefaults: '改回預設參數',
	parametersApplied: '已改用你的參數，從下一張卡片開始生效。',
	parametersReset: '已改回預設參數，從下一張卡片開始生效。',

	mergeButton: '合併備份…',
	mergeExplain:
		'合併會保留這個瀏覽器的進度，再加上備份裡沒有的複習紀錄，每張卡片依合併後的紀錄重新計算。同一次複習不會算兩次。',
	mergePreview: (theirs, ours, shared) =>
		`備份會加入 ${theirs} 次這裡沒有的複習；這裡有 ${ours} 次備份裡沒有的複習會保留；${shared} 次兩邊都有。`,
	mergeConfirm: '合併',
	mergeDone: (added, cards) => `已合併：加入 ${added} 次複習，重新計算了 ${cards} 張卡片。`,
	mergeNothingNew: '備份裡沒有這裡缺少的複習，不需要合併。'
};

export default zh;
