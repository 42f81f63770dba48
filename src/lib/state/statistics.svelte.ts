import type { StatisticsArticle, StatisticsDeck, StatisticsScope } from '$lib/data/statistics';
import type { StatisticsWorkerMessage, StatisticsWorkerRequest } from '$lib/data/statistics.worker';
import type { CardsPart, HistoryPart, TodayPart } from '$lib/domain/stats/report';
import type { Language } from '$lib/domain/language';
import { reportError } from '$lib/platform/report';

export type StatisticsStatus = 'loading' | 'ready' | 'failed' | 'catalog-failed';

/**
 * The statistics of one scope, computed in a worker and arriving in parts: each figure appears as soon as its
 * part is in, and the page never waits on the whole log. The parts are raw state (never proxied): they are only
 * ever replaced, and reading a year of figures through proxies costs the page more than drawing them.
 */
export class StatisticsLoader {
	decks = $state.raw<StatisticsDeck[] | undefined>();
	articles = $state.raw<StatisticsArticle[] | undefined>();
	today = $state.raw<TodayPart | undefined>();
	cards = $state.raw<CardsPart | undefined>();
	history = $state.raw<HistoryPart | undefined>();
	entriesRead = $state(0);
	status = $state<StatisticsStatus>('loading');
	private worker: Worker | undefined;

	/** `catalogPath`: the content index's address, resolved against the page's when loading (not while prerendering). */
	constructor(private readonly catalogPath: string) {}

	/** Computes the figures of `scope`; `language` is the page's, whose unit data the worker loads first. */
	load(scope: StatisticsScope, language: Language): void {
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
				case 'decks':
					this.decks = message.decks;
					this.articles = message.articles;
					break;
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
					this.status = message.reason === 'catalog' ? 'catalog-failed' : 'failed';
					reportError('Computing the statistics', message.message);
					this.destroy();
					break;
				default: {
					const never: never = message;
					throw new Error(`Unknown worker message ${JSON.stringify(never)}`);
				}
			}
		});
		worker.addEventListener('error', (event) => {
			if (this.worker !== worker) return;
			this.status = 'failed';
			reportError('Running the statistics worker', event.message);
			this.destroy();
		});
		const request: StatisticsWorkerRequest = {
			...scope,
			// An absolute address for the worker, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			catalogUrl: new URL(this.catalogPath, location.href).href,
			language
		};
		worker.postMessage(request);
	}

	destroy(): void {
		this.worker?.terminate();
		this.worker = undefined;
	}
}
