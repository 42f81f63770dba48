import { describe, expect, it } from 'vitest';
import { reviewCalendar } from '$lib/domain/stats/calendar';
import { studyDayIsoDate } from '$lib/domain/stats/study-days';
import { entry, londonShift, taipeiClock } from './fixtures';

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

	it('keeps a streak when the learner moves time zone, counting each review on the day of its own clock', () => {
		// 10 March, 07:00 in Taipei (23:00 UTC on 9 March); then 11 March, 10:00 in London.
		const log = [
			entry('q1', '2025-03-09T23:00:00Z', 3),
			entry('q2', '2025-03-11T10:00:00Z', 3, 'review', { clockShiftMinutes: londonShift })
		];
		const inLondon = {
			nowMs: Date.parse('2025-03-11T12:00:00Z'),
			clockShiftMinutes: londonShift,
			dayStartHour: 4
		};
		const calendar = reviewCalendar(log, inLondon, 3);
		expect(calendar.days.map((day) => [studyDayIsoDate(day.day), day.reviews])).toEqual([
			['2025-03-09', 0],
			['2025-03-10', 1],
			['2025-03-11', 1]
		]);
		expect(calendar.currentStreakDays).toBe(2);
	});

	it('counts a review made before the day-start hour on the day before', () => {
		// 03:59 and 04:00 local in Taipei on 10 March (the day starts at 4 AM).
		const log = [entry('q1', '2025-03-09T19:59:00Z', 3), entry('q2', '2025-03-09T20:00:00Z', 3)];
		const calendar = reviewCalendar(log, clock, 2);
		expect(calendar.days.map((day) => day.reviews)).toEqual([1, 1]);
	});
});
