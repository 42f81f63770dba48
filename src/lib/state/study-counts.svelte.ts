import { studyDatabase } from '$lib/data/database';
import { loadQueues, localUtcOffsetMinutes } from '$lib/data/queue';
import type { DeckId, QuestionId } from '$lib/domain/ids';
import { queueCounts, type QueueCounts } from '$lib/domain/scheduling/queue';
import { LiveQuery } from './live-query.svelte';
import { storageHealth } from './storage-health.svelte';

export type CountScopes = Record<string, { questionId: QuestionId; deckId: DeckId }[]>;

/**
 * New, learning and due counts of several scopes (decks, "all"), live in every open tab: one read serves them
 * all. Cards fall due as time passes, so the counts are also recomputed every minute. Create it while a
 * component initialises.
 */
export class LiveStudyCounts {
	private nowMs = $state(Date.now());
	private readonly query: LiveQuery<Record<string, QueueCounts>>;

	constructor(scopes: () => CountScopes) {
		$effect(() => {
			const timer = setInterval(() => (this.nowMs = Date.now()), 60_000);
			return () => clearInterval(timer);
		});
		this.query = new LiveQuery(
			async () => {
				const startedAt = performance.now();
				const queues = await loadQueues(
					studyDatabase(),
					scopes(),
					this.nowMs,
					localUtcOffsetMinutes(this.nowMs)
				);
				// Measured for the benchmark (npm run bench) and devtools.
				performance.measure('sco:counts-query', { start: startedAt });
				return Object.fromEntries(Object.entries(queues).map(([key, queue]) => [key, queueCounts(queue)]));
			},
			() => [this.nowMs, scopes()]
		);
	}

	/** The counts of one scope, once read. */
	of(scope: string): QueueCounts | undefined {
		return this.query.current?.[scope];
	}

	get failed(): boolean {
		// Storage missing or silent: the query may never answer, so the counts say they are unavailable.
		return this.query.error !== undefined || storageHealth.unusable;
	}
}
