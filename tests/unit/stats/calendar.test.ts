import { describe, expect, it } from 'vitest';
import { reviewCalendar } from '$lib/domain/stats/calendar';
import { studyDayIsoDate } from '$lib/domain/stats/study-days';
import { entry, taipeiClock } from './fixtures';

// Noon in Taipei (04:00 UTC) on the given date.
const at = (date: string) => `${date}T04:00:00Z`;

describe('the review calendar', () => {
	const clock = taipeiClock(at('2025-03-10'));

	it('counts reviews per study day over the past year, ending today', () => {
		const log = [
			entry('q1', at('2025-03-10'), 3),
			entry('q2', at('2025-03-10'), 3),
			entry('q1', at('2025-03-08'), 3),
			// 02:00 local on 10 March belongs to the study day of 9 March.
			entry('q3', '2025-03-09T18:00:00Z', 3)
		];
		const calendar = reviewCalendar(log, clock, 365);
		expect(calendar.days).toHaveLength(365);
		const last = calendar.days.at(-1)!;
		expect(studyDayIsoDate(last.day)).toBe('2025-03-10');
		expect(last.reviews).toBe(2);
		expect(calendar.days.at(-2)!.reviews).toBe(1);
		expect(calendar.days.at(-3)!.reviews).toBe(1);
		expect(calendar.days.reduce((sum, day) => sum + day.reviews, 0)).toBe(log.length);
	});

	it('keeps the current streak alive until today ends, and finds the longest', () => {
		const log = ['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-03-08', '2025-03-09'].map(
			(date) => entry('q1', at(date), 3)
		);
		const calendar = reviewCalendar(log, clock);
		expect(calendar.currentStreakDays).toBe(2); // 8 and 9 March; today not studied yet
		expect(calendar.longestStreakDays).toBe(4);
		expect(calendar.daysStudied).toBe(log.length);
		const studiedToday = reviewCalendar([...log, entry('q1', at('2025-03-10'), 3)], clock);
		expect(studiedToday.currentStreakDays).toBe(3);
		const gap = reviewCalendar(log, taipeiClock(at('2025-03-11')));
		expect(gap.currentStreakDays).toBe(0);
	});

	it('has no streak and empty days for an empty log', () => {
		const calendar = reviewCalendar([], clock, 30);
		expect(calendar.days.every((day) => day.reviews === 0)).toBe(true);
		expect([calendar.currentStreakDays, calendar.longestStreakDays]).toEqual([0, 0]);
	});
});
