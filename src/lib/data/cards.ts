import type { DeckId, QuestionId } from '$lib/domain/ids';
import { newCard, type CardState } from '$lib/domain/scheduling/card';
import type { ReviewOutcome, Scheduler } from '$lib/domain/scheduling/scheduler';
import { assignedAmong } from './assignments';
import type { StudyDatabase } from './database';
import { StaleCardError } from './errors';
import { write } from './write';
import { extraNewCardsToday as extraNewCardsTodayOf } from '$lib/domain/review/extra-new-cards';

/** The settings row holding today's one-day increase of the new-card limit (not a review setting). */
export const extraNewCardsKey = 'extra-new-cards';

/** What the learner's cards and today's work look like, for building a queue. */
export type StudyState = {
	cards: Map<string, CardState>;
	newIntroducedToday: number;
	reviewsDoneToday: number;
	/** The questions in scope a teacher assigned, oldest assignment first. */
	assignedQuestionIds: QuestionId[];
	/** Extra new cards the learner asked for today (see data/study-more.ts). */
	extraNewCardsToday: number;
};

const cardFields: (keyof CardState)[] = [
	'phase',
	'dueAtMs',
	'stability',
	'difficulty',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'lastReviewAtMs',
	'leech',
	'suspended',
	'buriedUntilMs'
];

/** Whether the stored card is still the one the learner was shown (undefined: never stored). */
export function sameCard(stored: CardState | undefined, expected: CardState | undefined): boolean {
	if (!stored || !expected) return stored === expected;
	return cardFields.every((field) => stored[field] === expected[field]);
}

/**
 * The cards and assignments of the given questions and today's counts (across all decks). Reads only these
 * questions' rows and today's log entries, so its cost follows the decks in scope, not the size of the history.
 */
export async function loadStudyState(
	database: StudyDatabase,
	questionIds: readonly QuestionId[],
	dayStartMs: number
): Promise<StudyState> {
	const tables = [database.cards, database.reviews, database.assignments, database.settings];
	return database.transaction('r', tables, async () => {
		const rows = await database.cards.bulkGet([...questionIds]);
		const cards = new Map<string, CardState>();
		for (const row of rows) if (row) cards.set(row.questionId, row);
		const today = await loadTodaysWork(database, dayStartMs);
		const assignedQuestionIds = await assignedAmong(database, questionIds);
		return { cards, ...today, assignedQuestionIds };
	});
}

/** Today's work across every deck, for the daily limits: read from today's log entries and the settings only. */
export type TodaysWork = Pick<StudyState, 'newIntroducedToday' | 'reviewsDoneToday' | 'extraNewCardsToday'>;

/** Reads today's work (inside the caller's transaction, which must include reviews and settings). */
export async function loadTodaysWork(database: StudyDatabase, dayStartMs: number): Promise<TodaysWork> {
	// The daily limits are the learner's, across every deck: today's entries count whatever their deck.
	let newIntroducedToday = 0;
	let reviewsDoneToday = 0;
	await database.reviews
		.where('reviewedAtMs')
		.aboveOrEqual(dayStartMs)
		.each((entry) => {
			if (entry.rating === 0) return;
			if (entry.phaseBefore === 'new') newIntroducedToday++;
			else if (entry.phaseBefore === 'review') reviewsDoneToday++;
		});
	const extra = await database.settings.get(extraNewCardsKey);
	return {
		newIntroducedToday,
		reviewsDoneToday,
		extraNewCardsToday: extraNewCardsTodayOf(extra?.value, dayStartMs)
	};
}

/**
 * Saves one rating: the card and its log entry in one transaction, or neither. Refuses (StaleCardError) when
 * the stored card is no longer the one shown, so a rating made in another tab is never overwritten.
 */
export async function recordReview(
	database: StudyDatabase,
	shown: CardState | undefined,
	outcome: ReviewOutcome
): Promise<number> {
	return write(() =>
		database.transaction('rw', database.cards, database.reviews, async () => {
			const stored = await database.cards.get(outcome.card.questionId);
			if (!sameCard(stored, shown)) throw new StaleCardError(outcome.card.questionId);
			await database.cards.put(outcome.card);
			return (await database.reviews.add(outcome.entry)) as number;
		})
	);
}

/**
 * Takes back a rating or a card action: the card returns to exactly what it was (or is removed if it was never
 * stored) and the log entry the change wrote, if any, is removed. Refuses (StaleCardError) when the card changed
 * again since.
 */
export async function undoReview(
	database: StudyDatabase,
	change: {
		reviewId?: number;
		before: CardState | undefined;
		after: CardState | undefined;
		questionId: QuestionId;
	}
): Promise<void> {
	await write(() =>
		database.transaction('rw', database.cards, database.reviews, async () => {
			const stored = await database.cards.get(change.questionId);
			if (!sameCard(stored, change.after)) throw new StaleCardError(change.questionId);
			if (change.before) await database.cards.put(change.before);
			else await database.cards.delete(change.questionId);
			if (change.reviewId !== undefined) await database.reviews.delete(change.reviewId);
		})
	);
}

/** Replaces a card's flags (suspend, bury) without touching its schedule; returns the card before and after. */
export async function updateCardFlags(
	database: StudyDatabase,
	card: CardState,
	flags: Partial<Pick<CardState, 'suspended' | 'buriedUntilMs'>>
): Promise<{ before: CardState | undefined; after: CardState }> {
	return write(() =>
		database.transaction('rw', database.cards, async () => {
			const stored = await database.cards.get(card.questionId);
			const after = { ...(stored ?? card), ...flags };
			await database.cards.put(after);
			return { before: stored, after };
		})
	);
}

/**
 * Inside a read-write transaction on cards and reviews: removes a stored card (so it is new again) and logs the
 * reset entry (rating 0) that makes a replay of its history start over too. Returns the entry's id.
 */
export async function removeAsReset(
	database: StudyDatabase,
	stored: CardState,
	nowMs: number,
	clockShiftMinutes: number
): Promise<number> {
	await database.cards.delete(stored.questionId);
	return (await database.reviews.add({
		questionId: stored.questionId,
		deckId: stored.deckId,
		reviewedAtMs: nowMs,
		rating: 0,
		phaseBefore: stored.phase,
		durationMs: 0,
		clockShiftMinutes,
		origin: 'review'
	})) as number;
}

/** Starts a card over as new; its history stays, with a reset entry so a replay starts over too. */
export async function resetCard(
	database: StudyDatabase,
	card: CardState,
	nowMs: number,
	clockShiftMinutes: number
): Promise<{ before: CardState | undefined; reviewId: number | undefined }> {
	return write(() =>
		database.transaction('rw', database.cards, database.reviews, async () => {
			const stored = await database.cards.get(card.questionId);
			if (!stored) return { before: undefined, reviewId: undefined };
			const reviewId = await removeAsReset(database, stored, nowMs, clockShiftMinutes);
			return { before: stored, reviewId };
		})
	);
}

/** A card's log, oldest first. */
export async function reviewsOf(database: StudyDatabase, questionId: string) {
	const entries = await database.reviews.where('questionId').equals(questionId).toArray();
	// Entries of the same millisecond keep the order they were written in.
	return entries.sort((a, b) => a.reviewedAtMs - b.reviewedAtMs || (a.id ?? 0) - (b.id ?? 0));
}

/** A quiz answer as a review: wrong counts as Again, right as Good. */
export type QuizReview = {
	questionId: QuestionId;
	deckId: DeckId;
	rating: 'again' | 'good';
	nowMs: number;
	durationMs: number;
	clockShiftMinutes: number;
	scheduler: Pick<Scheduler, 'preview'>;
	/** A card never studied (none stored, or stored as new) is started by the answer; otherwise it is left alone. */
	startsNewCards: boolean;
};

/**
 * Records a quiz answer as a review of its card: reads the card as stored (or a new one), schedules it and writes
 * the card and its log entry (origin 'quiz') in one transaction, or neither. The card is read inside the
 * transaction, so a review made meanwhile in another tab is built upon, never overwritten. A card not yet in study
 * is left as it is (null) unless the review `startsNewCards`: a quiz does not fill the learning queue by itself.
 */
export async function recordQuizAnswer(
	database: StudyDatabase,
	review: QuizReview
): Promise<{ reviewId: number; outcome: ReviewOutcome } | null> {
	return write(() =>
		database.transaction('rw', database.cards, database.reviews, async () => {
			const stored = await database.cards.get(review.questionId);
			if (!review.startsNewCards && (!stored || stored.phase === 'new')) return null;
			const card = stored ?? newCard(review.questionId, review.deckId, review.nowMs);
			const outcome = review.scheduler.preview(card, {
				nowMs: review.nowMs,
				clockShiftMinutes: review.clockShiftMinutes,
				durationMs: review.durationMs,
				origin: 'quiz'
			})[review.rating];
			await database.cards.put(outcome.card);
			const reviewId = (await database.reviews.add(outcome.entry)) as number;
			return { reviewId, outcome };
		})
	);
}
