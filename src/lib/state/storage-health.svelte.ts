// The storage health every page shares: checked once per page load, watched after (another tab upgrading).
// The database module (Dexie) is loaded when the check starts, so pages that never touch storage do not carry it.
import { watchStorageHealth, type StorageHealth } from '$lib/data/storage-health';

class StorageHealthState {
	health = $state.raw<StorageHealth>({ kind: 'checking' });
	#started = false;
	#waiting: ((health: StorageHealth) => void)[] = [];
	#hold: Promise<void> | undefined;

	/** Storage cannot be used now: progress is neither read nor saved. */
	get unusable(): boolean {
		return this.health.kind !== 'checking' && this.health.kind !== 'ok';
	}

	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		const report = (health: StorageHealth) => {
			this.health = health;
			if (health.kind === 'checking') return;
			for (const resolve of this.#waiting.splice(0)) resolve(health);
		};
		const check = () => {
			import('$lib/data/database').then(
				({ studyDatabase }) => watchStorageHealth(studyDatabase, report),
				// The scripts themselves could not load (offline before they were saved): storage cannot be reached.
				() => report({ kind: 'no-answer' })
			);
		};
		if (this.#hold) void this.#hold.then(check);
		else check();
	}

	/**
	 * Delays the check until `release` is called (or `maxHoldMs` pass), if it has not started yet: a page whose first
	 * figures come from a worker reading the database lets that worker open it first, without this thread loading
	 * the database code and opening the same database (IndexedDB opens one connection at a time) meanwhile.
	 */
	hold(maxHoldMs = 2000): () => void {
		let release = () => {};
		if (this.#started || typeof window === 'undefined') return release;
		const held = new Promise<void>((resolve) => {
			release = resolve;
			setTimeout(resolve, maxHoldMs);
		});
		this.#hold = this.#hold ? Promise.all([this.#hold, held]).then(() => undefined) : held;
		return release;
	}

	/** The health once first known: ok, or the reason it is not (within a few seconds, never forever). */
	known(): Promise<StorageHealth> {
		this.start();
		const now = this.health;
		if (now.kind !== 'checking') return Promise.resolve(now);
		return new Promise((resolve) => this.#waiting.push(resolve));
	}
}

export const storageHealth = new StorageHealthState();
