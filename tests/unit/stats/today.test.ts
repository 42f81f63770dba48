import { describe, expect, it } from 'vitest';
import { todaySummary } from '$lib/domain/stats/today';
import { entry, londonShift, taipeiClock, utc } from './fixtures';

describe("today's figures", () => {
	// 10:00 local in Taipei on 10 March: the study day began at 04:00 local (20:00 UTC on 9 March).
	const clock = taipeiClock('2025-03-10T02:00:00Z');

	it('count cards, time, Again presses and the recall of due cards since 4 AM local', () => {
		const log = [
			entry('q1', '2025-03-09T20:00:00Z', 3, 'new'), // 04:00 local: today
			entry('q1', '2025-03-09T20:10:00Z', 1, 'learning'),
			entry('q2', '2025-03-10T01:00:00Z', 3, 'review'),
			entry('q3', '2025-03-10T01:30:00Z', 1, 'review'),
			entry('q4', '2025-03-09T19:59:00Z', 3, 'review') // 03:59 local: still yesterday
		];
		const today = todaySummary(log, clock);
		expect(today.cardsStudied).toBe(3);
		expect(today.reviews).toBe(4);
		expect(today.timeSpentMs).toBe(4 * 10_000);
		expect(today.againCount).toBe(2);
		// Only the two due reviews count towards true retention: one of them was recalled.
		expect(today.trueRetention).toEqual({ passed: 1, total: 2, rate: 0.5 });
	});

	it('leave out resets and report no retention when nothing was due', () => {
		const today = todaySummary([entry('q1', '2025-03-10T01:00:00Z', 0, 'review')], clock);
		expect(today.reviews).toBe(0);
		expect(today.trueRetention.rate).toBeNull();
	});

	it('keep a review on the day it was made after the learner changes time zone', () => {
		// Made at 23:00 UTC on 9 March in Taipei (07:00 local, 10 March): a Taipei review of 10 March.
		const inTaipei = entry('q1', '2025-03-09T23:00:00Z', 3);
		// Now in London at 10:00 on 10 March: the study day there began at 04:00 UTC on 10 March, after that review,
		// yet by the clock it was made on, it was the learner's 10 March.
		const londonClock = {
			nowMs: utc('2025-03-10T10:00:00Z'),
			clockShiftMinutes: londonShift,
			dayStartHour: 4
		};
		expect(todaySummary([inTaipei], londonClock).reviews).toBe(1);
		// And the next day in London it is no longer today.
		const nextDay = { ...londonClock, nowMs: utc('2025-03-11T10:00:00Z') };
		expect(todaySummary([inTaipei], nextDay).reviews).toBe(0);
	});
});
