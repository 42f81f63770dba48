import type { StatsMessages } from './types';

// A number formatter is costly to build (toLocaleString builds one per call): built on first use.
let counter: Intl.NumberFormat | undefined;
const count = (value: number, tag: string) => (counter ??= new Intl.NumberFormat(tag)).format(value);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: StatsMessages = {
	title: 'Your statistics',
	lead: 'Every rating you make is kept in this browser: here is what you did today, what you remember, and what comes next.',
	scopeLabel: 'Decks',
	allDecks: 'All decks',
	wholeArticle: (title) => `All of “${title}”`,
	builtInArticle: 'The built-in article',
	loading: 'Working out your statistics…',
	historyLoading: (read) => `Reading your review log (${count(read, 'en')} entries so far)…`,
	failed: 'Your statistics could not be read. Nothing in your progress changed.',
	retry: 'Try again',
	storageUnavailable: 'This browser does not allow local storage, so there is no progress to show.',
	showTable: 'Show as a table',
	hideTable: 'Hide the table',
	tableOf: (heading) => `${heading} (table)`,
	noReviewsYet: 'No reviews yet. Once you start reviewing, your progress appears here.',
	todayHeading: 'Today',
	cardsStudied: 'Cards studied',
	timeSpent: 'Time spent',
	againCount: 'Again pressed',
	trueRetention: 'True retention',
	retentionDetail: (passed, total) => `${passed} of ${total} due cards recalled`,

	calendarHeading: 'Review calendar',
	calendarSummary: (reviews, days) =>
		`${plural(reviews, 'review', 'reviews')} on ${plural(days, 'day', 'days')} in the past year`,
	monthShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
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
	openInCardBrowser: 'Find in the card browser',
	suspendedNote: 'This card is suspended and does not appear in reviews.',
	actionFailed: 'The change could not be saved; nothing changed.',
	quizOrigin: '(quiz)',

	parametersHeading: 'Personal memory parameters (FSRS)',
	parametersLead:
		'Scheduling starts from parameters that fit most people. Once you have reviewed enough, your own review log can give parameters that fit you better; they are computed in this browser only.',
	parametersDefault: 'In use: the default parameters',
	parametersPersonal: 'In use: your personal parameters',
	parametersFit: 'Compute my parameters',
	parametersReading: 'Reading your review log…',
	parametersFitting: (reviews) => `Fitting parameters to ${reviews} ratings…`,
	parametersTooFew: (reviews, minimum) =>
		`You have ${reviews} ratings so far; fitted parameters need at least ${minimum} to be reliable. Keep reviewing and come back later.`,
	parametersFailed: 'The parameters could not be computed. Nothing in your schedule changed.',
	parametersFitted: (reviews, duration) => `Fitted to ${reviews} ratings in ${duration}.`,
	parametersComparison: 'How well the default and your parameters predict your review log',
	parametersDefaultColumn: 'Default',
	parametersYoursColumn: 'Yours',
	logLoss: 'Log loss (lower is better)',
	rmse: 'RMSE (lower is better)',
	parametersVerdict: (better, share, predictions) =>
		better
			? `Over ${predictions} reviews on later days, your parameters predict better (log loss ${share} lower).`
			: `Over ${predictions} reviews on later days, your parameters do not predict better (log loss ${share} higher); keeping the defaults is advised.`,
	parametersApply: 'Use my parameters',
	parametersDiscard: 'Do not use them',
	parametersUseDefaults: 'Back to the defaults',
	parametersApplied: 'Your parameters are in use from the next card.',
	parametersReset: 'The default parameters are in use from the next card.',

	mergeButton: 'Merge a backup…',
	mergeExplain:
		'Merging keeps this browser’s progress and adds the reviews of the backup that are not here; every card is then rebuilt from the merged log. The same review never counts twice.',
	mergePreview: (theirs, ours, shared) =>
		`The backup adds ${theirs} reviews not here; ${ours} reviews here are not in the backup and are kept; ${shared} are in both.`,
	mergeConfirm: 'Merge',
	mergeDone: (added, cards) => `Merged: ${added} reviews added, ${cards} cards rebuilt.`,
	mergeNothingNew: 'The backup has no review that is missing here; there is nothing to merge.'
};

export default en;
