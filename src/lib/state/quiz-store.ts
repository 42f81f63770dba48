import type { StudyDatabase } from '$lib/data/database';
import { localUtcOffsetMinutes } from '$lib/data/queue';
import {
	finishQuizAttempt,
	openQuizAttempt,
	QuizAttemptChangedError,
	quizAttempt,
	saveQuizAnswer,
	startQuizAttempt,
	type StoredQuizAttempt
} from '$lib/data/quiz-attempts';
import { loadReviewSettings } from '$lib/data/settings';
import type { QuizAnswer, QuizAttempt, QuizEnding } from '$lib/domain/quiz/attempt';
import { clockShift } from '$lib/domain/scheduling/clock';
import { Scheduler, SchedulerError } from '$lib/domain/scheduling/scheduler';

// A quiz session's reads and writes. Its own module, loaded by the session (quiz-session.svelte.ts) on first use,
// so the quiz paints its first question before the database (Dexie) and the scheduler (ts-fsrs) have arrived.

/** Answer times above this are logged as this much, as in the reviewer: the learner probably walked away. */
const maximumReviewDurationMs = 120_000;

/** One saved answer: the attempt as stored, and 'not-reviewed' when its card could not be scheduled. */
export type SavedQuizAnswer = { attempt: StoredQuizAttempt; notReviewed: boolean };

/** The stored attempts of one quiz session, on one database. */
export class QuizStore {
	constructor(private readonly database: StudyDatabase) {}

	/** The chosen attempt if it belongs to the draft's quiz, else what opening its link shows (see openQuizAttempt). */
	async open(draft: QuizAttempt, attemptId: number | undefined): Promise<StoredQuizAttempt> {
		if (attemptId !== undefined) {
			const chosen = await quizAttempt(this.database, attemptId);
			if (chosen?.token === draft.token) return chosen;
		}
		return openQuizAttempt(this.database, draft);
	}

	/** A new attempt of the same quiz, unless one is in progress. */
	restart(draft: QuizAttempt): Promise<StoredQuizAttempt> {
		return startQuizAttempt(this.database, draft);
	}

	/** The attempt as stored now (after another tab changed it), if it still exists. */
	reload(attemptId: number): Promise<StoredQuizAttempt | undefined> {
		return quizAttempt(this.database, attemptId);
	}

	finish(attemptId: number, endedAtMs: number, endedBy: QuizEnding): Promise<StoredQuizAttempt> {
		return finishQuizAttempt(this.database, attemptId, endedAtMs, endedBy);
	}

	/**
	 * Saves an answer and, when quiz answers count as reviews, its card's review. A card that cannot be scheduled
	 * (its stored schedule is damaged) still has its answer saved, without the review.
	 */
	async saveAnswer(attemptId: number, answer: Omit<QuizAnswer, 'reviewId'>): Promise<SavedQuizAnswer> {
		// Read at every answer, so turning the setting off in another tab applies from the next answer.
		const settings = await loadReviewSettings(this.database);
		const now = answer.answeredAtMs;
		const review = settings.quizAnswersReview
			? {
					questionId: answer.questionId,
					deckId: answer.deckId,
					rating: answer.correct ? ('good' as const) : ('again' as const),
					nowMs: now,
					durationMs: Math.min(maximumReviewDurationMs, answer.durationMs),
					clockShiftMinutes: clockShift(localUtcOffsetMinutes(now), settings.dayStartHour),
					scheduler: new Scheduler(settings),
					startsNewCards: settings.quizAnswersStartNewCards
				}
			: null;
		try {
			return { attempt: await saveQuizAnswer(this.database, attemptId, answer, review), notReviewed: false };
		} catch (error) {
			// The card cannot be scheduled (nothing was written): the answer still counts in the quiz.
			if (!(error instanceof SchedulerError)) throw error;
			return { attempt: await saveQuizAnswer(this.database, attemptId, answer, null), notReviewed: true };
		}
	}

	/** Whether a write was refused because another tab moved the attempt on. */
	changedElsewhere(error: unknown): boolean {
		return error instanceof QuizAttemptChangedError;
	}
}
