import { isMature, type ElapsedEntry } from './elapsed';
import { entryStudyDay, recalled, retention, todayStudyDay } from './study-days';
import type { Retention, StatsClock } from './study-days';

export const retentionPeriods = ['today', 'yesterday', 'lastWeek', 'lastMonth'] as const;
export type RetentionPeriod = (typeof retentionPeriods)[number];

export type RetentionRow = { period: RetentionPeriod; young: Retention; mature: Retention; all: Retention };

/** Which study days each period covers, relative to today (0 today, 1 yesterday...). */
const periodDays: Record<RetentionPeriod, [number, number]> = {
	today: [0, 0],
	yesterday: [1, 1],
	lastWeek: [0, 6],
	lastMonth: [0, 29]
};

/**
 * Anki's true retention: of the reviews of cards that were due (not new or in learning), the share not rated
 * Again, for young and mature cards apart.
 */
export function trueRetentionTable(entries: readonly ElapsedEntry[], clock: StatsClock): RetentionRow[] {
	const today = todayStudyDay(clock);
	return retentionPeriods.map((period) => {
		const [nearest, farthest] = periodDays[period];
		const counts = { young: [0, 0], mature: [0, 0] };
		for (const item of entries) {
			if (item.entry.phaseBefore !== 'review') continue;
			const ago = today - entryStudyDay(item.entry);
			if (ago < nearest || ago > farthest) continue;
			const bucket = counts[isMature(item) ? 'mature' : 'young'];
			bucket[1]!++;
			if (recalled(item.entry)) bucket[0]!++;
		}
		const [youngPassed, youngTotal] = counts.young as [number, number];
		const [maturePassed, matureTotal] = counts.mature as [number, number];
		return {
			period,
			young: retention(youngPassed, youngTotal),
			mature: retention(maturePassed, matureTotal),
			all: retention(youngPassed + maturePassed, youngTotal + matureTotal)
		};
	});
}
