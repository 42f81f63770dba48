// Every statistic counts days as the learner's study days (a new day starts at their day-start hour, 4 AM by
// default). Each log entry carries the clock shift in force when it was made, so a review done in Taipei stays on
// its Taipei study day after the learner flies to London.
import type { ReviewEntry } from '../scheduling/card';
import { dayMs, studyDayNumber, type ClockShiftMinutes } from '../scheduling/clock';

/** "Now" as the statistics see it: the time and the clock shift in force on this device. */
export type StatsClock = {
	nowMs: number;
	clockShiftMinutes: ClockShiftMinutes;
	/** The learner's day-start hour now, to turn a stored shift back into a local hour of day. */
	dayStartHour: number;
};

/** A rating in the log (reset entries, rating 0, are not reviews and count in no statistic). */
export type RatedEntry = ReviewEntry & { rating: 1 | 2 | 3 | 4 };

export const isRated = (entry: ReviewEntry): entry is RatedEntry => entry.rating !== 0;

/** The study day an entry was made on, by the clock then in force. */
export const entryStudyDay = (entry: ReviewEntry) =>
	studyDayNumber(entry.reviewedAtMs, entry.clockShiftMinutes);

/** Today's study day number. */
export const todayStudyDay = (clock: StatsClock) => studyDayNumber(clock.nowMs, clock.clockShiftMinutes);

/** The calendar date of a study day, as YYYY-MM-DD (study day N is the Nth day since 1970-01-01). */
export const studyDayIsoDate = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** A review counts as recalled unless it was rated Again. */
export const recalled = (entry: RatedEntry) => entry.rating > 1;

/** Learning (new and learning cards), review or relearning: how Anki stacks its activity graphs. */
export type ActivityKind = 'learning' | 'review' | 'relearning';
export const activityKinds: readonly ActivityKind[] = ['learning', 'review', 'relearning'];

export function activityKind(entry: ReviewEntry): ActivityKind {
	switch (entry.phaseBefore) {
		case 'new':
		case 'learning':
			return 'learning';
		case 'review':
			return 'review';
		case 'relearning':
			return 'relearning';
		default: {
			const never: never = entry.phaseBefore;
			throw new Error(`Unknown phase ${String(never)}`);
		}
	}
}

/** Keeps the entries of one deck, or all of them when deckId is undefined. */
export function inScope<T extends { deckId: string }>(rows: readonly T[], deckId: string | undefined): T[] {
	return deckId === undefined ? [...rows] : rows.filter((row) => row.deckId === deckId);
}

/** A share of reviews recalled: passed out of total (rate null when there were none). */
export type Retention = { passed: number; total: number; rate: number | null };

export function retention(passed: number, total: number): Retention {
	return { passed, total, rate: total === 0 ? null : passed / total };
}
