import type { ReviewEntry } from '../scheduling/card';
import { dayMs } from '../scheduling/clock';
import { isRated, type RatedEntry } from './study-days';

/** A card counts as mature from an interval of 21 days, as in Anki. */
export const matureIntervalDays = 21;

/** A rating with the days since the same card's previous rating (null for its first, or after a reset). */
export type ElapsedEntry = { entry: RatedEntry; elapsedDays: number | null };

/**
 * Each rating with the time since the card's previous one. The log stores no interval, so a review is young or
 * mature by how long the learner actually went without seeing the card: what the recall was tested over.
 */
export function withElapsedDays(entries: readonly ReviewEntry[]): ElapsedEntry[] {
	const sorted = [...entries].sort((a, b) => a.reviewedAtMs - b.reviewedAtMs);
	const last = new Map<string, number>();
	const result: ElapsedEntry[] = [];
	for (const entry of sorted) {
		if (!isRated(entry)) {
			last.delete(entry.questionId);
			continue;
		}
		const previous = last.get(entry.questionId);
		result.push({
			entry,
			elapsedDays: previous === undefined ? null : (entry.reviewedAtMs - previous) / dayMs
		});
		last.set(entry.questionId, entry.reviewedAtMs);
	}
	return result;
}

/** Whether a review tested a mature card. */
export const isMature = (item: ElapsedEntry) => (item.elapsedDays ?? 0) >= matureIntervalDays;
