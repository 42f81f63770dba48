// Loaded by LiveStudyCounts after the page has painted: the counts are secondary on the home and deck pages, so
// the database (Dexie) and the scheduler stay out of those pages' first download.
import { studyDatabase } from '$lib/data/database';
import { observe, type LiveObserver } from '$lib/data/live';
import { loadQueues, localUtcOffsetMinutes } from '$lib/data/queue';
import { queueCounts } from '$lib/domain/scheduling/queue';
import { deckProgress } from '$lib/domain/stats/deck-progress';
import type { CountScopes, ScopeCounts } from './study-counts.svelte';

/**
 * Observes the counts and progress of every scope at a moment, re-read whenever the cards change in any tab. The
 * progress is tallied from the cards the queues were built from: no second read.
 */
export function observeCounts(
	scopes: CountScopes,
	nowMs: number,
	observer: LiveObserver<Record<string, ScopeCounts>>
): { unsubscribe(): void } {
	return observe(async () => {
		const startedAt = performance.now();
		const { queues, cards } = await loadQueues(studyDatabase(), scopes, nowMs, localUtcOffsetMinutes(nowMs));
		// Measured for the benchmark (npm run bench) and devtools.
		performance.measure('sco:counts-query', { start: startedAt });
		return Object.fromEntries(
			Object.entries(queues).map(([key, queue]) => [
				key,
				{
					queue: queueCounts(queue),
					progress: deckProgress(
						scopes[key]!.map((question) => question.questionId),
						cards
					)
				}
			])
		);
	}, observer);
}
