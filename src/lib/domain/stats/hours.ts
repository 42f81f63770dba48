import type { ReviewEntry } from '../scheduling/card';
import { dayMs } from '../scheduling/clock';
import { entryStudyDay, isRated, recalled, retention, todayStudyDay } from './study-days';
import type { Retention, StatsClock } from './study-days';

export type HourRow = { hour: number; reviews: number; correct: Retention };

const hourMs = 3_600_000;

/**
 * Reviews and recall by local hour of day over the last `dayCount` study days. An entry stores the shift then in
 * force (UTC offset minus day-start hour); the current day-start hour turns it back into the local time it was made.
 */
export function hourBreakdown(
	entries: readonly ReviewEntry[],
	clock: StatsClock,
	dayCount: number
): HourRow[] {
	const first = todayStudyDay(clock) - dayCount + 1;
	const counts = Array.from({ length: 24 }, () => ({ passed: 0, total: 0 }));
	for (const entry of entries) {
		if (!isRated(entry) || entryStudyDay(entry) < first) continue;
		const localMs = entry.reviewedAtMs + (entry.clockShiftMinutes + clock.dayStartHour * 60) * 60_000;
		const hour = Math.floor((((localMs % dayMs) + dayMs) % dayMs) / hourMs);
		counts[hour]!.total++;
		if (recalled(entry)) counts[hour]!.passed++;
	}
	return counts.map(({ passed, total }, hour) => ({
		hour,
		reviews: total,
		correct: retention(passed, total)
	}));
}
