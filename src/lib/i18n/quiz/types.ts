import type { QuizLinkErrorReason } from '$lib/domain/quiz/quiz-link';
import type { QuizEnding } from '$lib/domain/quiz/attempt';
import type { QuizNotice } from '$lib/domain/quiz/notices';
import type { QuizPick } from '$lib/domain/quiz/builder';
import type { QuizMode, QuizSpec } from '$lib/domain/quiz/spec';

/** Interface texts of quizzes: the `quiz` section of Messages. Both languages fill every key. */
export type QuizMessages = {
	// The builder
	builderTitle: string;
	builderLead: string;
	decksLegend: string;
	allDecks: string;
	kindsLegend: string;
	allKinds: string;
	kindWithCount: (kind: string, count: number) => string;
	countLabel: string;
	countHint: (available: number) => string;
	pickLegend: string;
	pick: Record<QuizPick, string>;
	pickHint: Record<QuizPick, string>;
	orderLegend: string;
	order: Record<QuizSpec['order'], string>;
	orderHint: Record<QuizSpec['order'], string>;
	/** The as-picked hint where weak spots are not offered. */
	deckOrderHint: string;
	modeLegend: string;
	mode: Record<QuizMode, string>;
	modeHint: Record<QuizMode, string>;
	timeLegend: string;
	timeLimitLabel: string;
	timeLimitMinutesLabel: string;
	timeLimitHint: string;
	buildSummary: (available: number, count: number) => string;
	startQuiz: string;
	building: string;
	errorNoDecks: string;
	errorNoKinds: string;
	errorNoQuestions: string;
	errorCount: (maximum: number) => string;
	errorTimeLimit: (maximumMinutes: number) => string;
	errorMemory: string;
	historyLink: string;
	unfinishedHeading: string;
	unfinishedItem: (answered: number, total: number, started: string) => string;
	discardQuiz: string;
	quizDiscarded: string;
	deleteAttempt: string;
	attemptDeleted: string;
	undoCleanup: string;
	cleanupUndone: string;
	cleanupFailed: string;
	continueQuiz: string;

	// Opening a quiz
	takeTitle: string;
	noQuiz: string;
	buildQuiz: string;
	linkError: Record<QuizLinkErrorReason, string>;
	catalogFailed: string;
	attemptNotFound: string;

	// Taking it
	progress: (position: number, total: number) => string;
	modeBadge: Record<QuizMode, string>;
	timeLeft: (clock: string) => string;
	oneMinuteLeft: string;
	timeUp: string;
	submitPractice: string;
	submitTest: string;
	answerFirst: string;
	assessLegend: string;
	assessKnew: string;
	assessForgot: string;
	feedbackCorrect: string;
	feedbackNearMiss: string;
	feedbackWrong: string;
	feedbackKnew: string;
	feedbackForgot: string;
	nextQuestion: string;
	seeResults: string;
	nextHint: string;
	finishNow: string;
	finishConfirm: string;
	finishing: string;
	/** Why the last write did not happen, by notice. */
	notice: Record<QuizNotice, string>;
	loadFailed: string;
	tryAgain: string;

	// Results
	resultsTitle: string;
	score: (correct: number, total: number) => string;
	scorePercent: (percent: number) => string;
	timeTaken: (duration: string) => string;
	ended: Record<QuizEnding, string>;
	takenOn: (date: string) => string;
	/** How many of the attempt's answers were recorded as reviews (cards already in study, by default). */
	answersReviewed: (reviewed: number, total: number) => string;
	reviewHeading: string;
	questionNumber: (position: number) => string;
	yourAnswer: string;
	notAnswered: string;
	selfAssessedKnew: string;
	selfAssessedForgot: string;
	retryWrong: (count: number) => string;
	allCorrect: string;
	scoreOnly: string;
	takeAgain: string;
	allAttempts: string;
	anotherQuiz: string;
	verdictRight: string;
	verdictWrong: string;

	// History
	historyTitle: string;
	historyLead: string;
	historyEmpty: string;
	historyFailed: string;
	attemptsHeading: string;
	attemptSummary: (correct: number, total: number, percent: number) => string;
	classBadge: string;
	viewResults: string;
	trendsHeading: string;
	trendsLead: (attempts: number) => string;
	trendSummary: (percents: number[], change: number | null) => string;
};
