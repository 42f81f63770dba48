import { describe, expect, it } from 'vitest';
import { dayMs } from '$lib/domain/scheduling/clock';
import { forgettingCurve, historyRows } from '$lib/domain/stats/card-info';
import { card, entry, utc } from './fixtures';

describe("a card's history", () => {
	it('lists every review newest first, with the interval that followed it, and none after a reset', () => {
		const first = entry('q1', '2025-03-01T02:00:00Z', 1, 'new', { durationMs: 6_000 });
		const second = entry('q1', '2025-03-01T02:10:00Z', 3, 'learning', { durationMs: 4_000 });
		const reset = entry('q1', '2025-03-05T02:00:00Z', 3, 'review');
		const rows = historyRows([
			{ entry: first, after: card('q1', { phase: 'learning', dueAtMs: first.reviewedAtMs + 60_000 }) },
			{ entry: second, after: card('q1', { phase: 'review', dueAtMs: second.reviewedAtMs + 3 * dayMs }) },
			{ entry: reset, after: undefined }
		]);
		expect(rows.map((row) => row.reviewedAtMs)).toEqual(
			[reset, second, first].map((item) => item.reviewedAtMs)
		);
		expect(rows.map((row) => row.intervalMs)).toEqual([null, 3 * dayMs, 60_000]);
		expect(rows[2]).toMatchObject({ rating: 1, phaseBefore: 'new', durationMs: 6_000 });
	});
});

describe("a card's forgetting curve", () => {
	// A stand-in for the scheduler: recall halves every `stability` days.
	const recallAt = (state: ReturnType<typeof card>, atMs: number) =>
		0.5 ** ((atMs - state.lastReviewAtMs!) / dayMs / state.stability);
	const lastReviewAtMs = utc('2025-03-01T02:00:00Z');

	it('falls from full recall at the last review over three stabilities, at whole days', () => {
		const curve = forgettingCurve(card('q1', { phase: 'review', stability: 10, lastReviewAtMs }), recallAt);
		expect(curve[0]).toEqual({ days: 0, recall: 1 });
		expect(curve.at(-1)!.days).toBe(30);
		expect(curve.at(-1)!.recall).toBeCloseTo(0.125);
		expect(curve.every((point) => Number.isInteger(point.days))).toBe(true);
		for (let index = 1; index < curve.length; index++)
			expect(curve[index]!.recall).toBeLessThanOrEqual(curve[index - 1]!.recall);
	});

	it('spans at least a week and at most a year', () => {
		const span = (stability: number) =>
			forgettingCurve(card('q1', { phase: 'review', stability, lastReviewAtMs }), recallAt).at(-1)!.days;
		expect([span(0.5), span(1000)]).toEqual([7, 365]);
	});

	it('is empty for a card never studied', () => {
		expect(forgettingCurve(card('q1'), recallAt)).toEqual([]);
	});
});
