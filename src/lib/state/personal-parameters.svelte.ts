import type { OptimizerMessage } from '$lib/data/optimizer.worker';

export type FitState =
	| { kind: 'idle' }
	| { kind: 'fitting'; reviews: number | null }
	| { kind: 'too-few'; reviews: number; minimum: number }
	| Extract<OptimizerMessage, { kind: 'fitted' }>
	| { kind: 'failed' };

/** Fitting the learner's own FSRS parameters in a worker that loads the optimizer only when asked. */
export class ParameterFitting {
	state = $state<FitState>({ kind: 'idle' });
	private worker: Worker | undefined;

	fit(utcOffsetMinutes: number): void {
		this.stop();
		this.state = { kind: 'fitting', reviews: null };
		// The URL is Vite's way of bundling a worker, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const worker = new Worker(new URL('../data/optimizer.worker.ts', import.meta.url), { type: 'module' });
		this.worker = worker;
		worker.addEventListener('message', (event: MessageEvent<OptimizerMessage>) => {
			if (this.worker !== worker) return;
			const message = event.data;
			switch (message.kind) {
				case 'fitting':
					this.state = { kind: 'fitting', reviews: message.reviews };
					return;
				case 'too-few':
					this.state = { kind: 'too-few', reviews: message.reviews, minimum: message.minimum };
					break;
				case 'fitted':
					this.state = { ...message };
					break;
				case 'failed':
					this.state = { kind: 'failed' };
					break;
				default: {
					const never: never = message;
					throw new Error(`Unknown optimizer message ${JSON.stringify(never)}`);
				}
			}
			this.stop();
		});
		worker.addEventListener('error', () => {
			if (this.worker !== worker) return;
			this.state = { kind: 'failed' };
			this.stop();
		});
		worker.postMessage({ utcOffsetMinutes });
	}

	stop(): void {
		this.worker?.terminate();
		this.worker = undefined;
	}
}
