import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Article } from '$lib/domain/article';
import { AppError } from '$lib/domain/errors';
import { useScriptMap } from '$lib/platform/script-map';
import type { Deck } from '$lib/domain/question';
import { articleIdOf } from '$lib/domain/pack/article-id';
import { builtInArticleId, contentPaths, type ContentIndex } from './content-index';
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

/**
 * The device library's reader, or undefined while prerendering or where storage is unavailable. The database code
 * loads only when a page fetches content, and the articles are read each time, so one imported a moment ago is
 * there.
 */
const deviceLibrary = () =>
	browser && typeof indexedDB !== 'undefined' ? import('./device-library') : Promise.resolve(undefined);

/**
 * How long reading the device's articles may take before a page goes on with the built-in content alone: storage
 * that never answers must not keep a page "Loading…" (the page's storage notice says why, after the same 4 s as
 * data/storage-health.ts's storageAnswerMs).
 */
const deviceReadMs = 4000;

class DeviceReadTimeout extends Error {
	override name = 'DeviceReadTimeout';
}

/** A device read that fails (storage refused) or does not answer leaves the built-in content as it is, and is reported. */
async function fromDevice<T>(read: (library: typeof import('./device-library')) => Promise<T>, fallback: T) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		const library = await deviceLibrary();
		if (!library) return fallback;
		// Only the storage read is timed: the reader's script may take longer to arrive on a slow network.
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(
				() => reject(new DeviceReadTimeout(`No answer in ${deviceReadMs} ms`)),
				deviceReadMs
			);
		});
		return await Promise.race([read(library), timeout]);
	} catch (error) {
		reportError('Reading the articles on this device', error);
		return fallback;
	} finally {
		clearTimeout(timer);
	}
}

/** `builtInOnly`: leave out this device's articles (the class pages, whose links count the built-in questions). */
export type IndexOptions = { builtInOnly?: boolean };

/** The content index: decks, question ids and kinds, paragraph numbers (no question text), with this device's
 * articles after the built-in one. */
export const fetchIndex = (fetcher: typeof fetch, options: IndexOptions = {}) => {
	// The device library's reader downloads with the index, not one round trip after it (issue 12).
	if (!options.builtInOnly) void deviceLibrary().catch(() => undefined);
	return fetchContentFile<ContentIndex>(fetcher, contentPaths.index).then((index) => {
		// Every page that grades typed answers fetches the index first: grading then folds the scripts by its map.
		useScriptMap(index.scriptMap);
		return options.builtInOnly ? index : withDeviceArticles(index);
	});
};

/** A built-in index with this device's articles after the built-in ones (read from the database). */
export const withDeviceArticles = (index: ContentIndex): Promise<ContentIndex> =>
	fromDevice((library) => library.indexForStudy(index), index);

/** A further built-in article's pack (questions/<folder>/ after the first), fetched when a page asks for one. */
const builtInPacks = () => import('./built-in-packs');

/** An article's paragraphs, for pages that quote it: the first built-in one's by default, or another's. */
export async function fetchArticle(fetcher: typeof fetch, articleId = builtInArticleId): Promise<Article> {
	if (articleId === builtInArticleId) return fetchContentFile<Article>(fetcher, contentPaths.article);
	const article = await fromDevice((library) => library.articleOnDevice(articleId), undefined);
	return article ?? (await builtInPacks()).builtInArticleText(fetcher, articleId);
}

/** These decks in full, in the order asked (a device deck from this device's articles, else a built-in pack). */
export async function fetchDecks(fetcher: typeof fetch, ids: readonly string[]): Promise<Deck[]> {
	const onDevice = ids.some((id) => articleIdOf(id) !== undefined)
		? await fromDevice((library) => library.decksOnDevice(ids), [])
		: [];
	return Promise.all(
		ids.map((id, at) => {
			if (articleIdOf(id) === undefined) return fetchContentFile<Deck>(fetcher, contentPaths.deck(id));
			return onDevice[at] ?? builtInPacks().then((packs) => packs.builtInDeck(fetcher, id));
		})
	);
}

/** The index, or null when it cannot be fetched (offline before the first visit): pages show a retry. */
export async function indexOrNull(
	fetcher: typeof fetch,
	options: IndexOptions = {}
): Promise<ContentIndex | null> {
	try {
		return await fetchIndex(fetcher, options);
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
