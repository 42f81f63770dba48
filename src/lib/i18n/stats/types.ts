import type { Rating } from '$lib/domain/scheduling/card';
import type { ButtonGroup } from '$lib/domain/stats/answer-buttons';
import type { ActivityKind } from '$lib/domain/stats/study-days';
import type { RetentionPeriod } from '$lib/domain/stats/true-retention';

/** Interface texts of the statistics page, card info and the memory map: the `stats` section of Messages. */
export type StatsMessages = {
	title: string;
	lead: string;
	scopeLabel: string;
	allDecks: string;
	/** A scope of every deck of one article, and the built-in article's name among the articles. */
	wholeArticle: (title: string) => string;
	builtInArticle: string;
	loading: string;
	historyLoading: (entriesRead: number) => string;
	failed: string;
	retry: string;
	storageUnavailable: string;
	showTable: string;
	hideTable: string;
	/** The name of a figure's table, apart from the figure's own (two regions may not share a name). */
	tableOf: (heading: string) => string;
	noReviewsYet: string;
	todayHeading: string;
	cardsStudied: string;
	timeSpent: string;
	againCount: string;
	trueRetention: string;
	retentionDetail: (passed: number, total: number) => string;

	calendarHeading: string;
	calendarSummary: (reviews: number, daysStudied: number) => string;
	/** The calendar's month labels, January first (a table: building a date formatter holds the page for tens of ms). */
	monthShort: readonly string[];
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
	openInCardBrowser: string;
	suspendedNote: string;
	actionFailed: string;
	quizOrigin: string;

	// Personal FSRS parameters (settings page)
	parametersHeading: string;
	parametersLead: string;
	parametersDefault: string;
	parametersPersonal: string;
	parametersFit: string;
	parametersReading: string;
	parametersFitting: (reviews: number) => string;
	parametersTooFew: (reviews: number, minimum: number) => string;
	parametersFailed: string;
	/** duration is formatted. */
	parametersFitted: (reviews: number, duration: string) => string;
	parametersComparison: string;
	parametersDefaultColumn: string;
	parametersYoursColumn: string;
	logLoss: string;
	rmse: string;
	/** share is a formatted percentage. */
	parametersVerdict: (better: boolean, share: string, predictions: number) => string;
	parametersApply: string;
	parametersDiscard: string;
	parametersUseDefaults: string;
	parametersApplied: string;
	parametersReset: string;

	// Merging a backup (settings page)
	mergeButton: string;
	mergeExplain: string;
	mergePreview: (theirs: number, ours: number, shared: number) => string;
	mergeConfirm: string;
	mergeDone: (added: number, cards: number) => string;
	mergeNothingNew: string;
};
