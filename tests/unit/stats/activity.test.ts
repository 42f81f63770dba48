import { describe, expect, it } from 'vitest';
import { dailyActivity } from '$lib/domain/stats/activity';
import { dueForecast } from '$lib/domain/stats/forecast';
import { dayMs } from '$lib/domain/scheduling/clock';
import { card, entry, taipeiClock, utc } from './fixtures';

describe('reviews and time per day', () => {
	const clock = taipeiClock('2025-03-10T04:00:00Z');

	it('stacks learning, review and relearning, with their time, on the right study day', () => {
		const log = [
			entry('q1', '2025-03-10T01:00:00Z', 3, 'new', { durationMs: 5_000 }),
			entry('q1', '2025-03-10T01:05:00Z', 3, 'learning', { durationMs: 7_000 }),
			entry('q2', '2025-03-10T01:10:00Z', 1, 'review', { durationMs: 9_000 }),
			entry('q2', '2025-03-10T01:20:00Z', 3, 'relearning', { durationMs: 4_000 }),
			entry('q3', '2025-03-09T19:00:00Z', 3, 'review', { durationMs: 8_000 }) // 03:00 local: yesterday
		];
		const days = dailyActivity(log, clock, 30);
		expect(days).toHaveLength(30);
		expect(days.at(-1)!.count).toEqual({ learning: 2, review: 1, relearning: 1 });
		expect(days.at(-1)!.timeMs).toEqual({ learning: 12_000, review: 9_000, relearning: 4_000 });
		expect(days.at(-2)!.count.review).toBe(1);
	});

	it('leaves out what is older than the range', () => {
		const days = dailyActivity([entry('q1', '2025-01-01T04:00:00Z', 3)], clock, 30);
		expect(days.every((day) => day.count.review === 0)).toBe(true);
	});
});

describe('the due forecast', () => {
	const nowMs = utc('2025-03-10T04:00:00Z');
	const clock = taipeiClock('2025-03-10T04:00:00Z');

	it('counts overdue cards today, leaves out new and suspended ones, and splits learning from review', () => {
		const cards = [
			card('overdue', { phase: 'review', dueAtMs: nowMs - 5 * dayMs }),
			card('learning', { phase: 'learning', dueAtMs: nowMs + 10 * 60_000 }),
			card('tomorrow', { phase: 'review', dueAtMs: nowMs + dayMs }),
			card('suspended', { phase: 'review', dueAtMs: nowMs, suspended: true }),
			card('new'),
			card('far', { phase: 'review', dueAtMs: nowMs + 100 * dayMs })
		];
		const forecast = dueForecast(cards, clock, 30);
		expect(forecast).toHaveLength(30);
		expect(forecast[0]).toMatchObject({ review: 1, learning: 1 });
		expect(forecast[1]).toMatchObject({ review: 1, learning: 0 });
		expect(forecast.reduce((sum, day) => sum + day.review + day.learning, 0)).toBe(3);
	});
});
