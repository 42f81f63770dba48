import type { ReviewEntry } from '../scheduling/card';
import {
	activityKind,
	entryStudyDay,
	isRated,
	todayStudyDay,
	type ActivityKind,
	type StatsClock
} from './study-days';

/** One day's reviews and time, split by what kind of review they were. */
export type DayActivity = {
	day: number;
	count: Record<ActivityKind, number>;
	timeMs: Record<ActivityKind, number>;
};

const zero = (): Record<ActivityKind, number> => ({ learning: 0, review: 0, relearning: 0 });

/** Reviews and time per study day for the last `dayCount` days (oldest first, ending today). */
export function dailyActivity(
	entries: readonly ReviewEntry[],
	clock: StatsClock,
	dayCount: number
): DayActivity[] {
	const today = todayStudyDay(clock);
	const first = today - dayCount + 1;
	const days: DayActivity[] = [];
	for (let day = first; day <= today; day++) days.push({ day, count: zero(), timeMs: zero() });
	for (const entry of entries) {
		if (!isRated(entry)) continue;
		const day = entryStudyDay(entry);
		if (day < first || day > today) continue;
		const slot = days[day - first]!;
		const kind = activityKind(entry);
		slot.count[kind]++;
		slot.timeMs[kind] += entry.durationMs;
	}
	return days;
}
