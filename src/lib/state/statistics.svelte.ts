import type { StatisticsRequest } from '$lib/data/statistics';
import type { StatisticsWorkerMessage } from '$lib/data/statistics.worker';
import type { CardsPart, HistoryPart, TodayPart } from '$lib/domain/stats/report';

export type StatisticsStatus = 'loading' | 'ready' | 'failed';

/**
 * The statistics of one scope, computed in a worker and arriving in parts: each figure appears as soon as its
 * part is in, and the page never waits on the whole log.
 */
export class StatisticsLoader {
	today = $state<TodayPart | undefined>();
	cards = $state<CardsPart | undefined>();
	history = $state<HistoryPart | undefined>();
	entriesRead = $state(0);
	status = $state<StatisticsStatus>('loading');
	private worker: Worker | undefined;

	load(request: StatisticsRequest): void {
		this.destroy();
		this.today = this.cards = this.history = undefined;
		this.entriesRead = 0;
		this.status = 'loading';
		// The URL is Vite's way of bundling a worker, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const worker = new Worker(new URL('../data/statistics.worker.ts', import.meta.url), { type: 'module' });
		this.worker = worker;
		worker.addEventListener('message', (event: MessageEvent<StatisticsWorkerMessage>) => {
			if (this.worker !== worker) return;
			const message = event.data;
			switch (message.kind) {
				case 'part':
					if (message.part.kind === 'today') {
						this.today = message.part;
						performance.mark('sco:stats-first-figures');
					} else if (message.part.kind === 'cards') this.cards = message.part;
					else this.history = message.part;
					break;
				case 'progress':
					this.entriesRead = message.entriesRead;
					break;
				case 'done':
					this.status = 'ready';
					performance.mark('sco:stats-all-figures');
					this.destroy();
					break;
				case 'failed':
					this.status = 'failed';
					this.destroy();
					break;
				default: {
					const never: never = message;
					throw new Error(`Unknown worker message ${JSON.stringify(never)}`);
				}
			}
		});
		worker.addEventListener('error', () => {
			if (this.worker !== worker) return;
			this.status = 'failed';
			this.destroy();
		});
		// A snapshot of the ids: a rune proxy cannot be cloned into the worker.
		worker.postMessage({ ...request, questionIds: [...request.questionIds] });
	}

	destroy(): void {
		this.worker?.terminate();
		this.worker = undefined;
	}
}
