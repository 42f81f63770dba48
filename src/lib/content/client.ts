import { resolve } from '$app/paths';
import type { Article } from '$lib/domain/article';
import { AppError } from '$lib/domain/errors';
import { useScriptMap } from '$lib/platform/script-map';
import type { Deck } from '$lib/domain/question';
import { contentPaths, type ContentIndex } from './content-index';
import { reportError } from '$lib/platform/report';

export class CatalogUnavailableError extends AppError<'catalog-unavailable'> {
	constructor(message: string, options?: { cause?: unknown }) {
		super('catalog-unavailable', message, options);
	}
}

// Each content file is fetched once per page load (and served by the service worker offline once visited).
const loading = new Map<string, Promise<unknown>>();

function fetchContentFile<T>(fetcher: typeof fetch, path: string): Promise<T> {
	let file = loading.get(path) as Promise<T> | undefined;
	if (!file) {
		file = fetcher(resolve(path as '/'))
			.then((response) => {
				if (!response.ok) throw new CatalogUnavailableError(`${path} answered ${response.status}`);
				return response.json() as Promise<T>;
			})
			.catch((error: unknown) => {
				loading.delete(path);
				throw error instanceof CatalogUnavailableError
					? error
					: new CatalogUnavailableError(String(error), { cause: error });
			});
		loading.set(path, file);
	}
	return file;
}

/** The content index: decks, question ids and kinds, paragraph numbers (no question text). */
export const fetchIndex = (fetcher: typeof fetch) =>
	fetchContentFile<ContentIndex>(fetcher, contentPaths.index).then((index) => {
		// Every page that grades typed answers fetches the index first: grading then folds the scripts by its map.
		useScriptMap(index.scriptMap);
		return index;
	});

/** The article's paragraphs, for pages that quote them. */
export const fetchArticle = (fetcher: typeof fetch) =>
	fetchContentFile<Article>(fetcher, contentPaths.article);

/** These decks in full, in the order asked. */
export const fetchDecks = (fetcher: typeof fetch, ids: readonly string[]) =>
	Promise.all(ids.map((id) => fetchContentFile<Deck>(fetcher, contentPaths.deck(id))));

/** The index, or null when it cannot be fetched (offline before the first visit): pages show a retry. */
export async function indexOrNull(fetcher: typeof fetch): Promise<ContentIndex | null> {
	try {
		return await fetchIndex(fetcher);
	} catch (error) {
		reportError('Fetching the content index', error);
		return null;
	}
}

/** The index and the decks of a scope ('all', or deck ids the index knows), or null when they cannot be fetched. */
export async function decksOrNull(
	fetcher: typeof fetch,
	scope: (index: ContentIndex) => readonly string[]
): Promise<{ index: ContentIndex; decks: Deck[] } | null> {
	try {
		const index = await fetchIndex(fetcher);
		return { index, decks: await fetchDecks(fetcher, scope(index)) };
	} catch (error) {
		reportError('Fetching the content index and decks', error);
		return null;
	}
}
