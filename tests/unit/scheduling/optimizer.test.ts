import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '$lib/domain/encoding/hash';
import { deckId, questionId } from '$lib/domain/ids';
import type { ReviewEntry } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import { ratedCount, revlogColumns, scorePredictions } from '$lib/domain/scheduling/optimizer';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings, resolveSettings } from '$lib/domain/scheduling/settings';

const start = Date.parse('2025-03-01T02:00:00Z');
const entry = (
	id: string,
	day: number,
	rating: ReviewEntry['rating'],
	phaseBefore: ReviewEntry['phaseBefore']
) =>
	({
		questionId: questionId(id),
		deckId: deckId('d'),
		reviewedAtMs: start + day * dayMs,
		rating,
		phaseBefore,
		durationMs: 4000,
		clockShiftMinutes: 0,
		origin: 'review'
	}) satisfies ReviewEntry;

const log: ReviewEntry[] = [
	entry('a', 0, 3, 'new'),
	entry('a', 0.01, 3, 'learning'), // same day: no prediction
	entry('a', 3, 3, 'review'),
	entry('a', 12, 1, 'review'),
	entry('b', 1, 3, 'new'),
	entry('b', 2, 0, 'review'), // a reset: b starts over
	entry('b', 5, 3, 'new'),
	entry('b', 9, 3, 'review')
];

describe("the optimizer's input", () => {
	it('is the log in Anki revlog columns, oldest first, resets as manual entries', () => {
		const columns = revlogColumns(log);
		expect(columns.ratings.length).toBe(log.length);
		expect([...columns.reviewTimesMs].map(Number)).toEqual(
			[...log].sort((a, b) => a.reviewedAtMs - b.reviewedAtMs).map((row) => row.reviewedAtMs)
		);
		expect(columns.cardIds[0]).toBe(BigInt(fnv1a32('a')));
		const reset = [...columns.ratings].indexOf(0);
		expect(columns.kinds[reset]).toBe(4);
		expect(ratedCount(log)).toBe(log.length - 1);
	});

	it('never gives two entries the same time (Anki ids are unique)', () => {
		const columns = revlogColumns([entry('a', 1, 3, 'new'), entry('b', 1, 3, 'new')]);
		expect(new Set(columns.reviewTimesMs).size).toBe(2);
	});
});

describe('scoring parameters on the learner’s log', () => {
	const scheduler = new Scheduler(defaultReviewSettings);

	it('predicts each review made on a later day than the card’s last, not same-day ones or after a reset', () => {
		const score = scorePredictions(scheduler, log);
		// a: days 3 and 12; b: day 9 (the day-5 rating follows a reset, so nothing is predicted for it).
		expect(score.predictions).toBe(3);
		expect(score.logLoss).toBeGreaterThan(0);
		expect(score.rmse).toBeGreaterThan(0);
		expect(score.rmse).toBeLessThan(1);
	});

	it('scores worse a log of forgotten cards than one of remembered cards', () => {
		const remembered = scorePredictions(
			scheduler,
			log.map((row) => (row.rating === 1 ? { ...row, rating: 3 as const } : row))
		);
		const forgotten = scorePredictions(
			scheduler,
			log.map((row) =>
				row.phaseBefore === 'review' && row.rating > 0 ? { ...row, rating: 1 as const } : row
			)
		);
		expect(forgotten.logLoss).toBeGreaterThan(remembered.logLoss);
	});

	it('gives another score with other parameters', () => {
		const w = [...Array(21)].map(
			(_, index) =>
				[
					0.4, 1.2, 3.1, 15.7, 7.2, 0.53, 1.46, 0.005, 1.5, 0.12, 1.0, 1.9, 0.11, 0.29, 2.3, 0.23, 2.99, 0.52,
					0.66, 0.1, 0.15
				][index]!
		);
		const personal = new Scheduler(resolveSettings({ fsrsParameters: w }));
		expect(scorePredictions(personal, log).logLoss).not.toBe(scorePredictions(scheduler, log).logLoss);
	});
});

describe('stored parameters', () => {
	it('are kept when valid and fall back to the defaults when not', () => {
		const w = Array(21).fill(1);
		expect(resolveSettings({ fsrsParameters: w }).fsrsParameters).toEqual(w);
		expect(resolveSettings({ fsrsParameters: [1, 2, 3] }).fsrsParameters).toBeNull();
		expect(resolveSettings({ fsrsParameters: [...Array(20).fill(1), Number.NaN] }).fsrsParameters).toBeNull();
	});
});
