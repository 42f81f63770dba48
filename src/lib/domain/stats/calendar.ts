import type { ReviewEntry } from '../scheduling/card';
import { entryStudyDay, isRated, todayStudyDay, type StatsClock } from './study-days';

export type CalendarDay = { day: number; reviews: number };

/** The heatmap's days (oldest first, ending today) and the streaks of days with at least one review. */
export type ReviewCalendar = {
	days: CalendarDay[];
	/** Days in a row with reviews up to today; a day not yet studied today does not break it. */
	currentStreakDays: number;
	longestStreakDays: number;
	daysStudied: number;
};

/** Reviews per study day over the past `dayCount` days, and streaks over the whole log. */
export function reviewCalendar(
	entries: readonly ReviewEntry[],
	clock: StatsClock,
	dayCount = 365
): ReviewCalendar {
	const today = todayStudyDay(clock);
	const perDay = new Map<number, number>();
	for (const entry of entries) {
		if (!isRated(entry)) continue;
		const day = entryStudyDay(entry);
		perDay.set(day, (perDay.get(day) ?? 0) + 1);
	}
	const days: CalendarDay[] = [];
	for (let day = today - dayCount + 1; day <= today; day++) days.push({ day, reviews: perDay.get(day) ?? 0 });

	let currentStreakDays = 0;
	for (let day = perDay.has(today) ? today : today - 1; perDay.has(day); day--) currentStreakDays++;

	let longestStreakDays = 0;
	let run = 0;
	let previous = Number.NaN;
	for (const day of [...perDay.keys()].sort((a, b) => a - b)) {
		run = day === previous + 1 ? run + 1 : 1;
		longestStreakDays = Math.max(longestStreakDays, run);
		previous = day;
	}
	return { days, currentStreakDays, longestStreakDays, daysStudied: perDay.size };
}
