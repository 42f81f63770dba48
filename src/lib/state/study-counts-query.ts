// Loaded by LiveStudyCounts after the page has painted: the counts are secondary on the home and deck pages, so
// the database (Dexie) and the scheduler stay out of those pages' first download.
import { studyDatabase } from '$lib/data/database';
import { observe, type LiveObserver } from '$lib/data/live';
import { loadQueues, localUtcOffsetMinutes } from '$lib/data/queue';
import { queueCounts, type QueueCounts } from '$lib/domain/scheduling/queue';
import type { CountScopes } from './study-counts.svelte';

/** Observes the counts of every scope at a moment, re-read whenever the cards change in any tab. */
export function observeCounts(
	scopes: CountScopes,
	nowMs: number,
	observer: LiveObserver<Record<string, QueueCounts>>
): { unsubscribe(): void } {
	return observe(async () => {
		const startedAt = performance.now();
		const queues = await loadQueues(studyDatabase(), scopes, nowMs, localUtcOffsetMinutes(nowMs));
		// Measured for the benchmark (npm run bench) and devtools.
		performance.measure('sco:counts-query', { start: startedAt });
		return Object.fromEntries(Object.entries(queues).map(([key, queue]) => [key, queueCounts(queue)]));
	}, observer);
}
