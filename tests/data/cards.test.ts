import { describe, expect, it } from 'vitest';
import {
	loadStudyState,
	recordReview,
	resetCard,
	reviewsOf,
	undoReview,
	updateCardFlags
} from '$lib/data/cards';
import { StaleCardError, StorageWriteError } from '$lib/data/errors';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { clockShift, startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import { replayCard } from '$lib/domain/scheduling/replay';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const shift = clockShift(480, 4);
const q = questionId('q1');
const d = deckId('d');
const scheduler = new Scheduler(defaultReviewSettings);
const context = (nowMs: number) => ({
	nowMs,
	clockShiftMinutes: shift,
	durationMs: 3000,
	origin: 'review' as const
});

describe('recordReview', () => {
	it('writes the card and its log entry together', async () => {
		const database = freshDatabase();
		const outcome = scheduler.preview(newCard(q, d, now), context(now)).good;
		const id = await recordReview(database, undefined, outcome);
		expect(await database.cards.get(q)).toEqual(outcome.card);
		expect(await database.reviews.get(id)).toEqual({ ...outcome.entry, id });
	});

	it('refuses a rating of a card that changed in another tab, and writes nothing', async () => {
		const database = freshDatabase();
		const first = scheduler.preview(newCard(q, d, now), context(now));
		await recordReview(database, undefined, first.good); // the other tab
		await expect(recordReview(database, undefined, first.again)).rejects.toBeInstanceOf(StaleCardError);
		expect(await database.cards.get(q)).toEqual(first.good.card);
		expect(await database.reviews.count()).toBe(1);
	});

	it('writes neither the card nor the log when the log write fails', async () => {
		const database = freshDatabase();
		const outcome = scheduler.preview(newCard(q, d, now), context(now)).good;
		// The log write fails (as with a full disk): the card must not be written either.
		database.reviews.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(recordReview(database, undefined, outcome)).rejects.toBeInstanceOf(StorageWriteError);
		expect(await database.cards.get(q)).toBeUndefined();
		expect(await database.reviews.count()).toBe(0);
	});
});

describe('undoReview', () => {
	it('restores the card and the log exactly, several steps back', async () => {
		const database = freshDatabase();
		const undo: {
			reviewId: number;
			before: ReturnType<typeof newCard> | undefined;
			after: ReturnType<typeof newCard>;
			questionId: typeof q;
		}[] = [];
		let shown: ReturnType<typeof newCard> | undefined;
		let time = now;
		const snapshots: unknown[] = [];
		for (const rating of ['good', 'good', 'again'] as const) {
			snapshots.push({ cards: await database.cards.toArray(), reviews: await database.reviews.toArray() });
			const outcome = scheduler.preview(shown ?? newCard(q, d, time), context(time))[rating];
			const reviewId = await recordReview(database, shown, outcome);
			undo.push({ reviewId, before: shown, after: outcome.card, questionId: q });
			shown = outcome.card;
			time = outcome.card.dueAtMs + 1000;
		}
		for (let step = 2; step >= 0; step--) {
			await undoReview(database, undo[step]!);
			expect({ cards: await database.cards.toArray(), reviews: await database.reviews.toArray() }).toEqual(
				snapshots[step]
			);
		}
	});

	it('refuses to undo over a newer rating from another tab', async () => {
		const database = freshDatabase();
		const first = scheduler.preview(newCard(q, d, now), context(now)).good;
		const reviewId = await recordReview(database, undefined, first);
		const second = scheduler.preview(first.card, context(first.card.dueAtMs)).good;
		await recordReview(database, first.card, second);
		await expect(
			undoReview(database, { reviewId, before: undefined, after: first.card, questionId: q })
		).rejects.toBeInstanceOf(StaleCardError);
		expect(await database.reviews.count()).toBe(2);
	});
});

describe('loadStudyState', () => {
	it('reads the cards in scope and counts today’s new cards and reviews across all decks', async () => {
		const database = freshDatabase();
		const dayStart = startOfStudyDayMs(now, shift);
		// Yesterday's review does not count today.
		const yesterday = scheduler.preview(newCard(questionId('q2'), d, now), context(dayStart - 1000)).easy;
		await recordReview(database, undefined, yesterday);
		const review = scheduler.preview(yesterday.card, context(now)).good;
		await recordReview(database, yesterday.card, review);
		const fresh = scheduler.preview(newCard(q, d, now), context(now)).good;
		await recordReview(database, undefined, fresh);
		const outside = scheduler.preview(newCard(questionId('other'), d, now), context(now)).good;
		await recordReview(database, undefined, outside);

		const state = await loadStudyState(database, ['q1', 'q2', 'q3'].map(questionId), dayStart);
		expect([...state.cards.keys()].sort()).toEqual(['q1', 'q2']);
		// The daily limits are across all decks: the question outside the scope counts too.
		expect(state.newIntroducedToday).toBe(2);
		expect(state.reviewsDoneToday).toBe(1);
	});
});

describe('card actions', () => {
	it('suspends and buries without touching the schedule', async () => {
		const database = freshDatabase();
		const outcome = scheduler.preview(newCard(q, d, now), context(now)).good;
		await recordReview(database, undefined, outcome);
		await updateCardFlags(database, outcome.card, { suspended: true, buriedUntilMs: now + 1 });
		expect(await database.cards.get(q)).toEqual({ ...outcome.card, suspended: true, buriedUntilMs: now + 1 });
	});

	it('resets a card to new, keeping its history with a reset entry that a replay honours', async () => {
		const database = freshDatabase();
		const outcome = scheduler.preview(newCard(q, d, now), context(now)).good;
		await recordReview(database, undefined, outcome);
		await resetCard(database, outcome.card, now + 5000, shift);
		expect(await database.cards.get(q)).toBeUndefined();
		const log = await reviewsOf(database, q);
		expect(log.map((entry) => entry.rating)).toEqual([3, 0]);
		expect(replayCard(scheduler, q, d, log)).toBeUndefined();
	});
});

describe('undoing card actions', () => {
	it('takes back a suspension and a reset exactly', async () => {
		const database = freshDatabase();
		const outcome = scheduler.preview(newCard(q, d, now), context(now)).good;
		await recordReview(database, undefined, outcome);
		const before = { cards: await database.cards.toArray(), reviews: await database.reviews.toArray() };

		const suspended = await updateCardFlags(database, outcome.card, { suspended: true });
		await undoReview(database, { ...suspended, questionId: q });
		expect({ cards: await database.cards.toArray(), reviews: await database.reviews.toArray() }).toEqual(
			before
		);

		const reset = await resetCard(database, outcome.card, now + 5000, shift);
		await undoReview(database, { ...reset, after: undefined, questionId: q });
		expect({ cards: await database.cards.toArray(), reviews: await database.reviews.toArray() }).toEqual(
			before
		);
	});
});
