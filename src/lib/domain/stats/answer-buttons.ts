import { ratings, type Rating } from '../scheduling/card';
import { isMature, type ElapsedEntry } from './elapsed';
import { entryStudyDay, recalled, retention, todayStudyDay } from './study-days';
import type { Retention, StatsClock } from './study-days';

export const buttonGroups = ['learning', 'young', 'mature'] as const;
export type ButtonGroup = (typeof buttonGroups)[number];

/** How often each answer button was pressed, for cards in learning, young and mature cards (as in Anki). */
export type ButtonCounts = { group: ButtonGroup; presses: Record<Rating, number>; correct: Retention };

/** Button presses over the last `dayCount` study days. */
export function answerButtons(
	entries: readonly ElapsedEntry[],
	clock: StatsClock,
	dayCount: number
): ButtonCounts[] {
	const first = todayStudyDay(clock) - dayCount + 1;
	const groups = buttonGroups.map((group) => ({
		group,
		presses: { again: 0, hard: 0, good: 0, easy: 0 } as Record<Rating, number>,
		passed: 0,
		total: 0
	}));
	for (const item of entries) {
		if (entryStudyDay(item.entry) < first) continue;
		const group =
			item.entry.phaseBefore === 'review' ? (isMature(item) ? groups[2]! : groups[1]!) : groups[0]!;
		group.presses[ratings[item.entry.rating - 1]!]++;
		group.total++;
		if (recalled(item.entry)) group.passed++;
	}
	return groups.map(({ group, presses, passed, total }) => ({
		group,
		presses,
		correct: retention(passed, total)
	}));
}
