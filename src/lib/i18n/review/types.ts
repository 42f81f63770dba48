import type { ReviewNotice } from '$lib/domain/review/notices';
import type { Rating } from '$lib/domain/scheduling/card';

/** Interface texts of flashcard review: the `review` section of Messages. Both languages fill every key. */
export type ReviewMessages = {
	countsUnavailable: string;
	countNew: string;
	countLearning: string;
	countReview: string;
	studyAll: string;
	studyDeck: string;
	titleAll: string;
	titleDeck: (deck: string) => string;
	/** The learner's own word cards (added from the reader). */
	titleMyCards: string;
	reviewMyCards: string;
	wordCardBadge: string;
	wordReading: string;
	wordGlosses: string;
	wordSource: string;
	/** number is the paragraph's number in the article. */
	wordSourceLink: (number: number) => string;
	progress: (done: number, total: number) => string;
	revealAnswer: string;
	submitAnswer: string;
	rateHeading: string;
	rating: Record<Rating, string>;
	resultSelfGraded: string;
	suggestedRating: string;
	undo: string;
	keyboardHelp: string;
	keyboardHelpTitle: string;
	keyboardShortcuts: { keys: string; action: string }[];
	/** duration is formatted ("12 min"). */
	sessionSummary: (cards: number, accuracyPercent: number, duration: string) => string;
	/** when is a relative time ("in 10 minutes", "10 分鐘後"). */
	nextDue: (when: string) => string;
	nothingDueBody: string;
	nothingScheduled: string;
	waitingForLearning: (when: string) => string;
	waitingTitle: string;
	leechTitle: string;
	leechBody: string;
	rereadParagraph: string;
	cardActions: string;
	suspendCard: string;
	buryCard: string;
	resetCard: string;
	resetConfirm: string;
	newCardBadge: string;
	learningBadge: string;
	reviewBadge: string;
	/** The "done for today" screen and what comes after the daily limit. */
	doneForTodayTitle: string;
	/** Tomorrow's forecast from the stored cards. */
	tomorrowForecast: (due: number, newCards: number) => string;
	studyMoreHeading: string;
	studyMoreNew: (count: number) => string;
	/** limit is the learner's own new-card setting, which stays as it is. */
	studyMoreNewNote: (limit: number) => string;
	reviewAhead: (count: number, days: number) => string;
	reviewAheadNote: string;
	practiseForgotten: (count: number, days: number) => string;
	practiseForgottenNote: string;
	nothingMore: string;
	quizSuggestion: string;
	quizSuggestionLink: string;
	practiceBadge: string;
	practiceNext: string;
	practiceNotRecorded: string;
	practiceDone: (count: number) => string;
	/** On a deck tile whose counts are all zero. */
	doneForToday: string;
	studyMoreLink: string;
	/** Before a deck tile's counts: they are today's queue, not the deck's progress. */
	today: string;
	/** The deck tile's progress bar: its parts, its text alternative, and what "mastered" means. */
	progressPart: Record<'new' | 'learning' | 'mastered', string>;
	progressSummary: (progress: { new: number; learning: number; mastered: number; total: number }) => string;
	masteredDefinition: (days: number) => string;
	/** What the whole deck tile does (shown on it; the link's name is the deck's title). */
	tileAction: string;
	/** The tile's secondary link, to the deck's page of questions and exports. */
	deckPageLink: string;
	/** What the session tells the learner after an action, by notice. */
	notice: Record<ReviewNotice, string>;
	seeStats: string;
};
