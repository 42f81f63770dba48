import type { Rating } from '$lib/domain/scheduling/card';
import type { ButtonGroup } from '$lib/domain/stats/answer-buttons';
import type { MemoryBand } from '$lib/domain/stats/memory-map';
import type { ActivityKind } from '$lib/domain/stats/study-days';
import type { RetentionPeriod } from '$lib/domain/stats/true-retention';

/** Interface texts of the statistics page, card info and the memory map: the `stats` section of Messages. */
export type StatsMessages = {
	navStats: string;
	title: string;
	lead: string;
	scopeLabel: string;
	allDecks: string;
	loading: string;
	historyLoading: (entriesRead: number) => string;
	failed: string;
	retry: string;
	storageUnavailable: string;
	showTable: string;
	hideTable: string;
	noReviewsYet: string;
	seeStats: string;

	todayHeading: string;
	cardsStudied: string;
	timeSpent: string;
	againCount: string;
	trueRetention: string;
	retentionDetail: (passed: number, total: number) => string;

	calendarHeading: string;
	calendarSummary: (reviews: number, daysStudied: number) => string;
	currentStreak: string;
	longestStreak: string;
	reviewsOn: (date: string, count: number) => string;
	date: string;
	reviews: string;

	activityHeading: string;
	timeHeading: string;
	rangeLabel: string;
	lastDays: (count: number) => string;
	nextDays: (count: number) => string;
	activityKind: Record<ActivityKind, string>;
	minutes: string;
	total: string;

	forecastHeading: string;
	forecastLearning: string;
	forecastReview: string;
	dueTomorrow: (count: number) => string;

	retentionHeading: string;
	retentionPeriod: Record<RetentionPeriod, string>;
	young: string;
	mature: string;
	all: string;
	retentionNote: string;

	countsHeading: string;
	count: Record<'new' | 'learning' | 'review' | 'suspended', string>;

	memoryHeading: string;
	articleRecall: string;
	articleRecallNote: (studied: number, total: number) => string;
	averageRetrievability: string;
	stabilityHeading: string;
	difficultyHeading: string;
	retrievabilityHeading: string;
	/** A bucket of a distribution, its bounds formatted; `to` null is open-ended. */
	bucket: (from: string, to: string | null) => string;
	cards: string;
	range: string;

	buttonsHeading: string;
	buttonGroup: Record<ButtonGroup, string>;
	rating: Record<Rating, string>;
	correct: string;

	hoursHeading: string;
	hour: string;
	hourLabel: (hour: number) => string;

	// Card info on a question's page
	cardInfoHeading: string;
	cardNotStudied: string;
	cardState: string;
	phase: Record<'new' | 'learning' | 'review' | 'relearning', string>;
	due: string;
	stability: string;
	difficulty: string;
	retrievabilityNow: string;
	lapses: string;
	historyHeading: string;
	historyRating: string;
	historyPhase: string;
	historyInterval: string;
	historyTime: string;
	ratingName: Record<0 | 1 | 2 | 3 | 4, string>;
	forgettingCurveHeading: string;
	/** days and percent are formatted. */
	forgettingCurveDescription: (days: string, percent: string) => string;
	suspend: string;
	unsuspend: string;
	reset: string;
	resetConfirm: string;
	openInReader: string;
	suspendedNote: string;
	actionFailed: string;
	quizOrigin: string;

	// The memory map in the reader
	memoryMapToggle: string;
	memoryMapLegend: string;
	band: Record<MemoryBand, string>;
	paragraphMemory: (studied: number, questions: number, percent: string | null) => string;
	reviewTheseNow: (count: number) => string;
	memoryMapUnavailable: string;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const zh: StatsMessages = {
	navStats: '統計',
	title: '學習統計',
	lead: '你的每一次評分都存在這個瀏覽器裡：這裡看得到今天做了多少、記住了多少，以及接下來的安排。',
	scopeLabel: '範圍',
	allDecks: '全部題組',
	loading: '正在計算統計…',
	historyLoading: (read) => `正在讀取複習紀錄（已讀 ${read.toLocaleString('zh-Hant')} 筆）…`,
	failed: '統計無法讀取。你的紀錄沒有任何改變。',
	retry: '再試一次',
	storageUnavailable: '這個瀏覽器無法使用本機儲存，所以沒有可顯示的紀錄。',
	showTable: '以表格顯示',
	hideTable: '隱藏表格',
	noReviewsYet: '還沒有任何複習紀錄。開始複習後，這裡就會出現你的進度。',
	seeStats: '查看學習統計',

	todayHeading: '今天',
	cardsStudied: '學過的卡片',
	timeSpent: '花費時間',
	againCount: '按「重來」',
	trueRetention: '實際記住率',
	retentionDetail: (passed, total) => `${total} 張到期卡片中記住 ${passed} 張`,

	calendarHeading: '複習日曆',
	calendarSummary: (reviews, days) => `過去一年在 ${days} 天裡複習了 ${reviews} 次`,
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
	suspendedNote: '這張卡片已暫停，不會出現在複習中。',
	actionFailed: '無法儲存這個變更，紀錄沒有改變。',
	quizOrigin: '（測驗）',

	memoryMapToggle: '記憶地圖',
	memoryMapLegend: '依各段題目現在的平均記住機率著色',
	band: {
		unstudied: '未學過',
		weak: '薄弱（70% 以下）',
		fading: '漸忘（70–90%）',
		strong: '牢固（90% 以上）'
	},
	paragraphMemory: (studied, questions, value) =>
		value === null ? `${questions} 題都還沒學` : `已學 ${studied}／${questions} 題，平均記住 ${value}`,
	reviewTheseNow: (count) => `現在複習這 ${count} 題`,
	memoryMapUnavailable: '記憶地圖無法讀取你的紀錄。'
};

const en: StatsMessages = {
	navStats: 'Statistics',
	title: 'Your statistics',
	lead: 'Every rating you make is kept in this browser: here is what you did today, what you remember, and what comes next.',
	scopeLabel: 'Decks',
	allDecks: 'All decks',
	loading: 'Working out your statistics…',
	historyLoading: (read) => `Reading your review log (${read.toLocaleString('en')} entries so far)…`,
	failed: 'Your statistics could not be read. Nothing in your progress changed.',
	retry: 'Try again',
	storageUnavailable: 'This browser does not allow local storage, so there is no progress to show.',
	showTable: 'Show as a table',
	hideTable: 'Hide the table',
	noReviewsYet: 'No reviews yet. Once you start reviewing, your progress appears here.',
	seeStats: 'See your statistics',

	todayHeading: 'Today',
	cardsStudied: 'Cards studied',
	timeSpent: 'Time spent',
	againCount: 'Again pressed',
	trueRetention: 'True retention',
	retentionDetail: (passed, total) => `${passed} of ${total} due cards recalled`,

	calendarHeading: 'Review calendar',
	calendarSummary: (reviews, days) =>
		`${plural(reviews, 'review', 'reviews')} on ${plural(days, 'day', 'days')} in the past year`,
	currentStreak: 'Current streak',
	longestStreak: 'Longest streak',
	reviewsOn: (date, count) => `${date}: ${plural(count, 'review', 'reviews')}`,
	date: 'Date',
	reviews: 'Reviews',

	activityHeading: 'Reviews per day',
	timeHeading: 'Time per day',
	rangeLabel: 'Period',
	lastDays: (count) => `Last ${count} days`,
	nextDays: (count) => `Next ${count} days`,
	activityKind: { learning: 'Learning', review: 'Review', relearning: 'Relearning' },
	minutes: 'Minutes',
	total: 'Total',

	forecastHeading: 'Coming due',
	forecastLearning: 'Learning steps',
	forecastReview: 'Reviews',
	dueTomorrow: (count) => `${plural(count, 'card', 'cards')} due tomorrow`,

	retentionHeading: 'True retention',
	retentionPeriod: { today: 'Today', yesterday: 'Yesterday', lastWeek: 'Last week', lastMonth: 'Last month' },
	young: 'Young',
	mature: 'Mature',
	all: 'All',
	retentionNote:
		'Counts only cards that were due for review (not new cards or learning steps); anything but Again is recalled. Mature: last seen 21 days or more before.',

	countsHeading: 'Card counts',
	count: { new: 'New', learning: 'Learning', review: 'Review', suspended: 'Suspended' },

	memoryHeading: 'Memory',
	articleRecall: 'Of this article, you would recall today about',
	articleRecallNote: (studied, total) =>
		`Estimated from the ${studied} of ${total} questions you have studied; unstudied ones count as not recalled.`,
	averageRetrievability: 'Average recall of studied cards',
	stabilityHeading: 'Stability (days)',
	difficultyHeading: 'Difficulty',
	retrievabilityHeading: 'Chance of recall now',
	bucket: (from, to) => (to === null ? `${from}+` : `${from}–${to}`),
	cards: 'Cards',
	range: 'Range',

	buttonsHeading: 'Answer buttons',
	buttonGroup: { learning: 'Learning', young: 'Young', mature: 'Mature' },
	rating: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
	correct: 'Recalled',

	hoursHeading: 'Hour of day',
	hour: 'Hour',
	hourLabel: (hour) => `${hour}:00`,

	cardInfoHeading: 'Your history with this card',
	cardNotStudied: 'You have not studied this question yet.',
	cardState: 'State',
	phase: { new: 'New', learning: 'Learning', review: 'Review', relearning: 'Relearning' },
	due: 'Due',
	stability: 'Stability',
	difficulty: 'Difficulty',
	retrievabilityNow: 'Chance of recall now',
	lapses: 'Lapses',
	historyHeading: 'Reviews',
	historyRating: 'Rating',
	historyPhase: 'State before',
	historyInterval: 'Next interval',
	historyTime: 'Time taken',
	ratingName: { 0: 'Reset', 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' },
	forgettingCurveHeading: 'Forgetting curve',
	forgettingCurveDescription: (days, value) =>
		`Over ${days} after the last review, the chance of recall falls to ${value}.`,
	suspend: 'Suspend this card',
	unsuspend: 'Unsuspend this card',
	reset: 'Reset to new',
	resetConfirm: 'The card starts over as new; its history is kept. Reset it?',
	openInReader: 'Open in the reader',
	suspendedNote: 'This card is suspended and does not appear in reviews.',
	actionFailed: 'The change could not be saved; nothing changed.',
	quizOrigin: '(quiz)',

	memoryMapToggle: 'Memory map',
	memoryMapLegend: "Shaded by the average chance you recall each paragraph's questions now",
	band: {
		unstudied: 'Never studied',
		weak: 'Weak (below 70%)',
		fading: 'Fading (70–90%)',
		strong: 'Strong (90% or more)'
	},
	paragraphMemory: (studied, questions, value) =>
		value === null
			? `${plural(questions, 'question', 'questions')}, none studied yet`
			: `${studied} of ${plural(questions, 'question', 'questions')} studied, ${value} recalled on average`,
	reviewTheseNow: (count) => `Review ${count === 1 ? 'this question' : `these ${count} questions`} now`,
	memoryMapUnavailable: 'The memory map could not read your progress.'
};

export const statsMessages = { zh, en };
