// Whether a newer version of the app is ready, and applying it when the learner agrees. The service worker installs
// a new version in the background and keeps it waiting (an open tab never loses the files it started with); this
// notices the waiting worker and, on consent, lets it take over and reloads.

import { reportError } from '$lib/platform/report';

/** How often an open tab asks the server whether a new version was deployed. */
const checkEveryMs = 30 * 60 * 1000;

class AppUpdate {
	/** A new version is installed and waiting for a reload. */
	ready = $state(false);
	#registration: ServiceWorkerRegistration | undefined;
	#started = false;

	/** Starts watching (once per page): the current registration, its updates, and a check now and then. */
	start(): void {
		if (this.#started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#started = true;
		const container = navigator.serviceWorker;
		const watch = (registration: ServiceWorkerRegistration | undefined) => {
			if (!registration || registration === this.#registration) return;
			this.#registration = registration;
			this.#notice(registration);
			registration.addEventListener('updatefound', () => {
				const installing = registration.installing;
				installing?.addEventListener('statechange', () => this.#notice(registration));
			});
		};
		void container.getRegistration().then(watch);
		void container.ready.then(watch);
		const check = () => void this.check();
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') check();
		});
		setInterval(check, checkEveryMs);
	}

	/** Asks the server for a newer service worker now; resolves once the answer is known. */
	async check(): Promise<void> {
		try {
			await this.#registration?.update();
		} catch (error) {
			// Offline or the server is down: nothing to tell the learner; the next check will tell.
			reportError('Checking for a new version', error);
		}
		if (this.#registration) this.#notice(this.#registration);
	}

	#notice(registration: ServiceWorkerRegistration): void {
		// On a first visit nothing controls the page yet: the worker that installs is not an update.
		this.ready = Boolean(registration.waiting && navigator.serviceWorker.controller);
	}

	/** Lets the waiting version take over, then reloads into it (a plain reload when none is waiting). */
	apply(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting || !navigator.serviceWorker.controller) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		waiting.postMessage({ type: 'skip-waiting' });
	}
}

export const appUpdate = new AppUpdate();
