import { observe } from '$lib/data/live';

/**
 * A Dexie live query as rune state: re-runs when the data it read changes, in this tab or any other.
 * Create it while a component initialises; it stops when the component is destroyed.
 */
export class LiveQuery<T> {
	current = $state<T | undefined>(undefined);
	isLoading = $state(true);
	error = $state<unknown>(undefined);

	/** `dependencies` reads the reactive values the query uses, so a change to them restarts it. */
	constructor(query: () => Promise<T>, dependencies: () => unknown = () => undefined) {
		$effect(() => {
			dependencies();
			const subscription = observe(query, {
				next: (value) => {
					this.current = value;
					this.isLoading = false;
					this.error = undefined;
				},
				error: (error: unknown) => {
					this.error = error;
					this.isLoading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
