import type { ReviewNotice } from '$lib/domain/review/notices';
import type { Rating } from '$lib/domain/scheduling/card';

/** Interface texts of flashcard review: the `review` section of Messages. Both languages fill every key. */
export type ReviewMessages = {
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
	/** What the session tells the learner after an action, by notice. */
	notice: Record<ReviewNotice, string>;
	seeStats: string;
};
