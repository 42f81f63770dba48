import type { QuestionId } from '$lib/domain/ids';
import type { CardState } from '$lib/domain/scheduling/card';
import type { ReviewOutcome } from '$lib/domain/scheduling/scheduler';
import type { StudyDatabase } from './database';
import { StaleCardError, StorageWriteError } from './errors';

/** What the learner's cards and today's work look like, for building a queue. */
export type StudyState = {
	cards: Map<string, CardState>;
	newIntroducedToday: number;
	reviewsDoneToday: number;
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

async function write<T>(action: () => Promise<T>): Promise<T> {
	try {
		return await action();
	} catch (error) {
		if (error instanceof StaleCardError) throw error;
		throw new StorageWriteError(error);
	}
}

/**
 * The cards of the given questions and today's counts. Reads only these questions' rows and today's log
 * entries, so its cost follows the decks in scope, not the size of the whole history.
 */
export async function loadStudyState(
	database: StudyDatabase,
	questionIds: readonly QuestionId[],
	dayStartMs: number
): Promise<StudyState> {
	return database.transaction('r', database.cards, database.reviews, async () => {
		const rows = await database.cards.bulkGet([...questionIds]);
		const cards = new Map<string, CardState>();
		for (const row of rows) if (row) cards.set(row.questionId, row);
		const inScope = new Set<string>(questionIds);
		let newIntroducedToday = 0;
		let reviewsDoneToday = 0;
		await database.reviews
			.where('reviewedAtMs')
			.aboveOrEqual(dayStartMs)
			.each((entry) => {
				if (!inScope.has(entry.questionId) || entry.rating === 0) return;
				if (entry.phaseBefore === 'new') newIntroducedToday++;
				else if (entry.phaseBefore === 'review') reviewsDoneToday++;
			});
		return { cards, newIntroducedToday, reviewsDoneToday };
	});
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

/** Takes back a rating: the card returns to exactly what it was and its log entry is removed. */
export async function undoReview(
	database: StudyDatabase,
	review: { reviewId: number; before: CardState | undefined; after: CardState }
): Promise<void> {
	await write(() =>
		database.transaction('rw', database.cards, database.reviews, async () => {
			const stored = await database.cards.get(review.after.questionId);
			if (!sameCard(stored, review.after)) throw new StaleCardError(review.after.questionId);
			if (review.before) await database.cards.put(review.before);
			else await database.cards.delete(review.after.questionId);
			await database.reviews.delete(review.reviewId);
		})
	);
}

/** Replaces a card's flags (suspend, bury) without touching its schedule. */
export async function updateCardFlags(
	database: StudyDatabase,
	card: CardState,
	flags: Partial<Pick<CardState, 'suspended' | 'buriedUntilMs'>>
): Promise<CardState> {
	return write(() =>
		database.transaction('rw', database.cards, async () => {
			const stored = await database.cards.get(card.questionId);
			const next = { ...(stored ?? card), ...flags };
			await database.cards.put(next);
			return next;
		})
	);
}

/** Starts a card over as new; its history stays, with a reset entry so a replay starts over too. */
export async function resetCard(
	database: StudyDatabase,
	card: CardState,
	nowMs: number,
	clockShiftMinutes: number
) {
	await write(() =>
		database.transaction('rw', database.cards, database.reviews, async () => {
			const stored = await database.cards.get(card.questionId);
			if (!stored) return;
			await database.cards.delete(card.questionId);
			await database.reviews.add({
				questionId: card.questionId,
				deckId: card.deckId,
				reviewedAtMs: nowMs,
				rating: 0,
				phaseBefore: stored.phase,
				durationMs: 0,
				clockShiftMinutes,
				origin: 'review'
			});
		})
	);
}

/** A card's log, oldest first. */
export function reviewsOf(database: StudyDatabase, questionId: string) {
	return database.reviews.where('questionId').equals(questionId).sortBy('reviewedAtMs');
}
