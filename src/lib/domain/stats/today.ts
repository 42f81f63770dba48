import { entryStudyDay, isRated, recalled, retention, todayStudyDay } from './study-days';
import type { Retention, StatsClock } from './study-days';
import type { ReviewEntry } from '../scheduling/card';

/** What the learner did today. */
export type TodaySummary = {
	/** Different cards answered today. */
	cardsStudied: number;
	reviews: number;
	timeSpentMs: number;
	againCount: number;
	/** Recall of cards that were due for review (not new or learning ones): Anki's "true retention". */
	trueRetention: Retention;
};

/** Today's figures from the log (entries of other days are ignored, so a recent slice of the log is enough). */
export function todaySummary(entries: readonly ReviewEntry[], clock: StatsClock): TodaySummary {
	const today = todayStudyDay(clock);
	const cards = new Set<string>();
	let reviews = 0;
	let timeSpentMs = 0;
	let againCount = 0;
	let passed = 0;
	let total = 0;
	for (const entry of entries) {
		if (!isRated(entry) || entryStudyDay(entry) !== today) continue;
		cards.add(entry.questionId);
		reviews++;
		timeSpentMs += entry.durationMs;
		if (entry.rating === 1) againCount++;
		if (entry.phaseBefore === 'review') {
			total++;
			if (recalled(entry)) passed++;
		}
	}
	return {
		cardsStudied: cards.size,
		reviews,
		timeSpentMs,
		againCount,
		trueRetention: retention(passed, total)
	};
}
