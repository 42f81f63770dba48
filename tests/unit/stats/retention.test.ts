import { describe, expect, it } from 'vitest';
import { answerButtons } from '$lib/domain/stats/answer-buttons';
import { matureIntervalDays, withElapsedDays } from '$lib/domain/stats/elapsed';
import { hourBreakdown } from '$lib/domain/stats/hours';
import { trueRetentionTable } from '$lib/domain/stats/true-retention';
import { clockShift } from '$lib/domain/scheduling/clock';
import { entry, taipeiClock } from './fixtures';

const clock = taipeiClock('2025-03-10T04:00:00Z');

describe('true retention', () => {
	it('splits young and mature reviews by the days since the card was last seen', () => {
		const log = [
			// q1: first seen 30 days ago, so today's review tests a mature memory.
			entry('q1', '2025-02-08T04:00:00Z', 3, 'new'),
			entry('q1', '2025-03-10T01:00:00Z', 3, 'review'),
			// q2: seen 3 days ago, forgotten today: a young lapse.
			entry('q2', '2025-03-07T04:00:00Z', 3, 'learning'),
			entry('q2', '2025-03-10T01:00:00Z', 1, 'review'),
			// q3: a young review yesterday, recalled.
			entry('q3', '2025-03-05T04:00:00Z', 3, 'learning'),
			entry('q3', '2025-03-09T04:00:00Z', 3, 'review')
		];
		const elapsed = withElapsedDays(log);
		const q1Review = elapsed.find((item) => item.entry.questionId === 'q1' && item.elapsedDays !== null);
		expect(q1Review!.elapsedDays).toBeGreaterThanOrEqual(matureIntervalDays);
		const rows = Object.fromEntries(trueRetentionTable(elapsed, clock).map((row) => [row.period, row]));
		expect(rows.today!.mature).toEqual({ passed: 1, total: 1, rate: 1 });
		expect(rows.today!.young).toEqual({ passed: 0, total: 1, rate: 0 });
		expect(rows.yesterday!.young).toEqual({ passed: 1, total: 1, rate: 1 });
		expect(rows.yesterday!.mature.rate).toBeNull();
		expect(rows.lastWeek!.all).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
		// The new and learning ratings never count.
		expect(rows.lastMonth!.all.total).toBe(3);
	});

	it('starts over after a reset', () => {
		const log = [
			entry('q1', '2025-01-01T04:00:00Z', 3, 'new'),
			entry('q1', '2025-03-01T04:00:00Z', 0, 'review'),
			entry('q1', '2025-03-02T04:00:00Z', 3, 'new')
		];
		const elapsed = withElapsedDays(log);
		expect(elapsed).toHaveLength(2);
		expect(elapsed[1]!.elapsedDays).toBeNull();
	});
});

describe('answer buttons', () => {
	it('counts each button for learning, young and mature cards within the range', () => {
		const log = [
			entry('q1', '2024-11-01T04:00:00Z', 3, 'new'), // older than 90 days
			entry('q1', '2025-03-10T01:00:00Z', 4, 'review'),
			entry('q2', '2025-03-09T04:00:00Z', 2, 'learning'),
			entry('q2', '2025-03-10T02:00:00Z', 1, 'review'),
			entry('q3', '2024-01-01T04:00:00Z', 1, 'new') // older than 90 days
		];
		const groups = Object.fromEntries(
			answerButtons(withElapsedDays(log), clock, 90).map((row) => [row.group, row])
		);
		expect(groups.learning!.presses).toEqual({ again: 0, hard: 1, good: 0, easy: 0 });
		expect(groups.young!.presses).toEqual({ again: 1, hard: 0, good: 0, easy: 0 });
		expect(groups.mature!.presses).toEqual({ again: 0, hard: 0, good: 0, easy: 1 });
		expect(groups.young!.correct.rate).toBe(0);
	});
});

describe('hour of day', () => {
	it('puts each review at the local hour it was made, by the clock then in force', () => {
		const log = [
			entry('q1', '2025-03-10T01:30:00Z', 3), // 09:30 in Taipei
			entry('q2', '2025-03-10T01:45:00Z', 1), // 09:45 in Taipei
			// Made in London (UTC+0, day from 4 AM) at 09:10 local.
			entry('q3', '2025-03-09T09:10:00Z', 3, 'review', { clockShiftMinutes: clockShift(0, 4) })
		];
		const hours = hourBreakdown(log, clock, 30);
		expect(hours).toHaveLength(24);
		expect(hours[9]!.reviews).toBe(3);
		expect(hours[9]!.correct).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
		expect(hours.reduce((sum, hour) => sum + hour.reviews, 0)).toBe(log.length);
	});
});
