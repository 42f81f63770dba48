import type { DeckId, QuestionId } from '../ids';

export const phases = ['new', 'learning', 'review', 'relearning'] as const;
/** Where a card is in its life: the FSRS states, named. */
export type Phase = (typeof phases)[number];

export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof ratings)[number];

/** A learner's memory state for one question. Times are epoch milliseconds. */
export type CardState = {
	questionId: QuestionId;
	deckId: DeckId;
	phase: Phase;
	dueAtMs: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	lastReviewAtMs: number | null;
	/** Flagged once lapses reach the leech threshold; cleared by a reset. */
	leech: boolean;
	suspended: boolean;
	/** Left out of the queue until this time; 0 when not buried. */
	buriedUntilMs: number;
};

/** One rating of one card, as stored in the review log (and exported for the FSRS optimizer). */
export type ReviewEntry = {
	questionId: QuestionId;
	deckId: DeckId;
	reviewedAtMs: number;
	/** 1 again, 2 hard, 3 good, 4 easy; 0 marks a reset (the card started over as new). */
	rating: 0 | 1 | 2 | 3 | 4;
	phaseBefore: Phase;
	durationMs: number;
	/** The clock shift in force, so replaying the log reproduces the card exactly. */
	clockShiftMinutes: number;
	origin: 'review' | 'quiz';
};

export const ratingNumber: Record<Rating, 1 | 2 | 3 | 4> = { again: 1, hard: 2, good: 3, easy: 4 };

/** A card never studied. */
export function newCard(questionId: QuestionId, deckId: DeckId, nowMs: number): CardState {
	return {
		questionId,
		deckId,
		phase: 'new',
		dueAtMs: nowMs,
		stability: 0,
		difficulty: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		lastReviewAtMs: null,
		leech: false,
		suspended: false,
		buriedUntilMs: 0
	};
}
