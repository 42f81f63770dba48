import type { DeckId, QuestionId } from '$lib/domain/ids';
import type { QueueCounts } from '$lib/domain/scheduling/queue';
import type { DeckProgress } from '$lib/domain/stats/deck-progress';
import type { storageHealth } from './storage-health.svelte';

export type CountScopes = Record<string, { questionId: QuestionId; deckId: DeckId }[]>;
/** What is due today in a scope, and how far its questions have come. */
export type ScopeCounts = { queue: QueueCounts; progress: DeckProgress };

/**
 * New, learning and due counts of several scopes (decks, "all"), and their questions' progress, live in every
 * open tab: one read serves them all. Cards fall due as time passes, so the counts are also recomputed every minute. Create it while a
 * component initialises. The database code is imported once the page is up (study-counts-query.ts), so the
 * pages that show counts beside their content do not wait for it.
 */
export class LiveStudyCounts {
	private nowMs = $state(Date.now());
	private current = $state<Record<string, ScopeCounts> | undefined>();
	private error = $state<unknown>(undefined);
	/** The page's storage check, imported once the page is up (the layout starts it): before it answers, storage
	 *  counts as usable, as it does while the check is running. */
	private storage = $state.raw<typeof storageHealth>();

	constructor(scopes: () => CountScopes | undefined) {
		$effect(() => {
			import('./storage-health.svelte')
				.then((module) => (this.storage = module.storageHealth))
				.catch((error: unknown) => (this.error = error));
		});
		$effect(() => {
			const timer = setInterval(() => (this.nowMs = Date.now()), 60_000);
			return () => clearInterval(timer);
		});
		$effect(() => {
			const nowMs = this.nowMs;
			const scopesNow = scopes();
			// Scopes not known yet (the home page reads them from the content index): nothing to count yet.
			if (!scopesNow) return;
			let subscription: { unsubscribe(): void } | undefined;
			let stopped = false;
			import('./study-counts-query')
				.then(({ observeCounts }) => {
					if (stopped) return;
					subscription = observeCounts(scopesNow, nowMs, {
						next: (value) => {
							this.current = value;
							this.error = undefined;
						},
						error: (error: unknown) => (this.error = error)
					});
				})
				.catch((error: unknown) => (this.error = error));
			return () => {
				stopped = true;
				subscription?.unsubscribe();
			};
		});
	}

	/** The counts of one scope, once read. */
	of(scope: string): QueueCounts | undefined {
		return this.current?.[scope]?.queue;
	}

	/** The progress (new, learning, mastered) of one scope's questions, once read. */
	progressOf(scope: string): DeckProgress | undefined {
		return this.current?.[scope]?.progress;
	}

	get failed(): boolean {
		// Storage missing or silent: the query may never answer, so the counts say they are unavailable.
		return this.error !== undefined || this.storage?.unusable === true;
	}
}
