// Reviews made with the clock ahead, then the clock set back (issue 10, item 4).
import { describe, expect, it } from 'vitest';
import { recordQuizAnswer, recordReview, reviewsOf } from '$lib/data/cards';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { clockShift, dayMs } from '$lib/domain/scheduling/clock';
import { replayCard } from '$lib/domain/scheduling/replay';
import { Scheduler, SchedulerError } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from '../data/helpers';

const scheduler = new Scheduler(defaultReviewSettings);
const shift = clockShift(480, 4);
const q = questionId('q1');
const d = deckId('d');
const realNow = Date.parse('2025-09-05T08:00:00Z');
/** The clock ran ten days ahead while these reviews were made. */
const aheadMs = realNow + 10 * dayMs;
const context = (nowMs: number, origin: 'review' | 'quiz' = 'review') => ({
	nowMs,
	clockShiftMinutes: shift,
	durationMs: 2000,
	origin
});

/** A card reviewed three times with the clock ahead, as stored. */
async function cardReviewedAhead() {
	const database = freshDatabase();
	let card = newCard(q, d, aheadMs);
	let stored: typeof card | undefined;
	for (const offset of [0, 10 * 60_000, 2 * dayMs]) {
		const outcome = scheduler.preview(card, context(aheadMs + offset)).good;
		await recordReview(database, stored, outcome);
		card = stored = outcome.card;
	}
	return { database, card };
}

describe('regressions: the clock set back', () => {
	it('a card reviewed ahead can be rated once the clock is set back (it used to throw "Invalid delta_t")', async () => {
		const { database, card } = await cardReviewedAhead();
		const outcomes = scheduler.preview(card, context(realNow));
		await recordReview(database, card, outcomes.again);
		const stored = await database.cards.get(q);
		expect(Number.isFinite(stored!.dueAtMs)).toBe(true);
		expect(stored!.lapses).toBe(1);
		// The log stays in order, so the stored card is still its replay.
		expect(replayCard(scheduler, q, d, await reviewsOf(database, q))).toEqual(stored);
	});

	it('its quiz answers are saved as reviews (they used to be refused as "storage may be full")', async () => {
		const { database } = await cardReviewedAhead();
		const saved = await recordQuizAnswer(database, {
			questionId: q,
			deckId: d,
			rating: 'good',
			nowMs: realNow,
			durationMs: 2000,
			clockShiftMinutes: shift,
			scheduler,
			startsNewCards: false
		});
		expect(saved?.outcome.card.reps).toBe(4);
		expect(await database.reviews.count()).toBe(4);
	});

	it('a card FSRS cannot schedule is reported as a scheduling error, not a storage failure, and nothing is written', async () => {
		const { database, card } = await cardReviewedAhead();
		// A row an older build let in from a damaged backup.
		await database.cards.put({ ...card, stability: -5 });
		const review = {
			questionId: q,
			deckId: d,
			rating: 'good' as const,
			nowMs: realNow,
			durationMs: 2000,
			clockShiftMinutes: shift,
			scheduler,
			startsNewCards: false
		};
		await expect(recordQuizAnswer(database, review)).rejects.toBeInstanceOf(SchedulerError);
		expect(await database.reviews.count()).toBe(3);
		expect(() => scheduler.preview({ ...card, lastReviewAtMs: 1e300 }, context(realNow))).toThrow(
			SchedulerError
		);
	});
});
