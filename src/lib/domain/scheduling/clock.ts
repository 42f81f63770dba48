// ts-fsrs counts days by UTC calendar date. The learner's day starts at a local hour (default 4 AM), so every
// time handed to ts-fsrs is shifted: local "day start" becomes UTC midnight, and results are shifted back.

const minuteMs = 60_000;
export const dayMs = 86_400_000;

/** How far the learner's study day is from UTC, in minutes (the UTC offset minus the day-start hour). */
export type ClockShiftMinutes = number;

/** The shift for a UTC offset (minutes east of UTC, e.g. +480 for Taipei) and the hour a new day starts. */
export function clockShift(utcOffsetMinutes: number, dayStartHour: number): ClockShiftMinutes {
	return utcOffsetMinutes - dayStartHour * 60;
}

/** The time ts-fsrs should see for a real time. */
export const toSchedulerMs = (realMs: number, shift: ClockShiftMinutes) => realMs + shift * minuteMs;

/** The real time for a time computed by ts-fsrs. */
export const fromSchedulerMs = (schedulerMs: number, shift: ClockShiftMinutes) =>
	schedulerMs - shift * minuteMs;

/** When the learner's current study day began (e.g. 4 AM local today, or yesterday before 4 AM). */
export function startOfStudyDayMs(realMs: number, shift: ClockShiftMinutes): number {
	const shifted = toSchedulerMs(realMs, shift);
	return fromSchedulerMs(shifted - (((shifted % dayMs) + dayMs) % dayMs), shift);
}

/** The day number (days since 1970 in study days), to tell whether two times fall on the same study day. */
export function studyDayNumber(realMs: number, shift: ClockShiftMinutes): number {
	return Math.floor(toSchedulerMs(realMs, shift) / dayMs);
}
