// Computes the statistics off the main thread, so a log of a million reviews never freezes the page. The content
// index (decks and question ids, no text) is read here too: with a hundred thousand questions its JSON alone would
// hold the main thread for a while.
import { loadWordCards } from './word-cards';
import type { ContentIndex } from '$lib/content/content-index';
import { withDeviceArticles } from '$lib/content/device-articles';
import { libraryArticles } from './library';
import { AppError } from '$lib/domain/errors';
import type { Language } from '$lib/domain/language';
import { preloadUnitData } from '$lib/i18n/format';
import { StudyDatabase } from './database';
import {
	catalogScope,
	readStatistics,
	type StatisticsArticle,
	type StatisticsDeck,
	type StatisticsScope
} from './statistics';
import type { StatsPart } from '$lib/domain/stats/report';

/** What the page sends: the scope, where the content index is (the page knows the site's base path), and the
 * page's language. */
export type StatisticsWorkerRequest = StatisticsScope & { catalogUrl: string; language: Language };

export type StatisticsWorkerMessage =
	| { kind: 'decks'; decks: StatisticsDeck[]; articles: StatisticsArticle[] }
	| { kind: 'part'; part: StatsPart }
	| { kind: 'progress'; entriesRead: number }
	| { kind: 'done' }
	| { kind: 'failed'; reason: 'catalog' | 'database'; message: string };

const post = (message: StatisticsWorkerMessage) => postMessage(message);
let database: StudyDatabase | undefined;

/** The catalog could not be fetched or read (offline before the first visit, a broken file). */
class CatalogFailure extends AppError<'catalog-unavailable'> {
	constructor(message: string, options?: { cause?: unknown }) {
		super('catalog-unavailable', message, options);
	}
}

async function questionsInScope(request: StatisticsWorkerRequest): Promise<string[]> {
	let catalog: ContentIndex;
	try {
		const response = await fetch(request.catalogUrl);
		if (!response.ok) throw new CatalogFailure(`the content index answered ${response.status}`);
		catalog = (await response.json()) as ContentIndex;
	} catch (error) {
		throw error instanceof CatalogFailure
			? error
			: new CatalogFailure(`the content index could not be read: ${String(error)}`, { cause: error });
	}
	// The articles on this device count like the built-in one, each deck under its namespaced id.
	if (database) catalog = withDeviceArticles(catalog, await libraryArticles(database));
	const { articles, decks, questionIds } = catalogScope(catalog, request.deckId, request.articleId ?? null);
	post({ kind: 'decks', decks, articles });
	// The learner's word cards count among all decks' cards (a deck's or an article's are its questions).
	if (request.deckId !== null || (request.articleId ?? null) !== null || !database) return questionIds;
	const words = await loadWordCards(database);
	return [...questionIds, ...words.map((card) => card.questionId as string)];
}

addEventListener('message', (event: MessageEvent<StatisticsWorkerRequest>) => {
	database ??= new StudyDatabase();
	const request = event.data;
	// Here rather than on the main thread, where the page formats durations once today's figures arrive.
	preloadUnitData(request.language);
	readStatistics(
		database,
		// Fetched and parsed after today's figures are out: parsing a large catalog holds this thread for seconds.
		{ ...request, questionIds: () => questionsInScope(request) },
		(part) => post({ kind: 'part', part }),
		(entriesRead) => post({ kind: 'progress', entriesRead })
	)
		.then(() => post({ kind: 'done' }))
		// The page tells the learner and reports the message (the error itself cannot cross to it).
		.catch((error: unknown) =>
			post({
				kind: 'failed',
				reason: error instanceof CatalogFailure ? 'catalog' : 'database',
				message: String(error)
			})
		);
});
