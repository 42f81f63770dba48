// Loaded by LiveStudyCounts after the page has painted: the counts are secondary on the home and deck pages, so
// the database (Dexie) stays out of those pages' first download.
import { studyDatabase } from '$lib/data/database';
import { observe, type LiveObserver } from '$lib/data/live';
import { localUtcOffsetMinutes } from '$lib/data/queue';
import { loadScopeTallies } from '$lib/data/scope-counts';
import { scopeCounts } from '$lib/domain/scheduling/scope-counts';
import type { CountScopes, ScopeCounts } from './study-counts.svelte';

/**
 * Observes the counts and progress of every scope at a moment, re-read whenever the cards change in any tab. One
 * read tallies every scope by index (data/scope-counts.ts): its cost follows the cards due, not the catalog.
 */
export function observeCounts(
	scopes: CountScopes,
	nowMs: number,
	observer: LiveObserver<Record<string, ScopeCounts>>
): { unsubscribe(): void } {
	return observe(async () => {
		const startedAt = performance.now();
		const { tallies, allowance } = await loadScopeTallies(
			studyDatabase(),
			scopes,
			nowMs,
			localUtcOffsetMinutes(nowMs)
		);
		// Measured for the benchmark (npm run bench) and devtools.
		performance.measure('sco:counts-query', { start: startedAt });
		return Object.fromEntries(
			Object.entries(tallies).map(([key, tally]) => [key, scopeCounts(tally, allowance)])
		);
	}, observer);
}
