import { reportError } from '$lib/platform/report';

/** Where code loaded on demand stands. */
export type OnDemandStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * Code a page loads only once the user shows they will need it (a tap, a key, a press of Start), so it runs
 * neither in nor right after the page's first paint. Loaded once and kept; after a failure (offline, or a deploy
 * replaced the files) the next `load()` tries again, as browsers no longer keep a failed `import()`.
 */
export class OnDemand<T> {
	status = $state<OnDemandStatus>('idle');
	/** The loaded value, once `status` is 'loaded'. */
	value = $state.raw<T | undefined>();
	readonly #loadValue: () => Promise<T>;
	readonly #what: string;

	/** `what` names the code in the console when it fails to load. */
	constructor(loadValue: () => Promise<T>, what: string) {
		this.#loadValue = loadValue;
		this.#what = what;
	}

	/** Starts loading, unless it is loading or loaded; a failure is reported and leaves `status` 'failed'. */
	load(): void {
		if (this.status === 'loading' || this.status === 'loaded') return;
		this.status = 'loading';
		let loading: Promise<T>;
		try {
			loading = this.#loadValue();
		} catch (error) {
			loading = Promise.reject(error);
		}
		loading.then(
			(value) => {
				this.value = value;
				this.status = 'loaded';
			},
			(error) => {
				reportError(`Loading ${this.#what}`, error);
				this.status = 'failed';
			}
		);
	}
}
