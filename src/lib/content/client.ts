import { resolve } from '$app/paths';
import type { Article } from '$lib/domain/article';
import { AppError } from '$lib/domain/errors';
import { useScriptMap } from '$lib/platform/script-map';
import type { Question, Deck } from '$lib/domain/question';
import { decodeQuizLink, QuizLinkError, type QuizLinkCatalog } from '$lib/domain/quiz/quiz-link';
import {
	contentPaths,
	decksHolding,
	indexQuestions,
	type ContentIndex,
	type QuestionStub
} from './content-index';
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

/**
 * What a page that opens a quiz link needs: every question's id (a link counts positions in them), and the text
 * of only the decks that hold the link's questions, plus the article's paragraphs when the page quotes them.
 */
export type LinkContent = {
	version: string;
	/** Every question of the catalog, without text, in catalog order. */
	stubs: QuestionStub[];
	/** The decks holding the link's questions, in full. */
	decks: Deck[];
	/** Each paragraph's id and number. */
	paragraphs: ContentIndex['paragraphs'];
	/** Present when asked for. */
	article?: Article;
};

/** The catalog to read a link against: all ids, and the questions fetched. */
export function linkCatalog(content: LinkContent): QuizLinkCatalog & { questions: Question[] } {
	return {
		version: content.version,
		questionIds: content.stubs.map((question) => question.id),
		questions: content.decks.flatMap((deck) => deck.questions)
	};
}

/**
 * The content a quiz link token needs, or null when it cannot be fetched. A token that does not decode against
 * the index gets no decks: reading it again (openQuizLink) then says why it is refused.
 */
export async function linkContentOrNull(
	fetcher: typeof fetch,
	token: string | null,
	options: { article?: boolean } = {}
): Promise<LinkContent | null> {
	try {
		const index = await fetchIndex(fetcher);
		const stubs = indexQuestions(index);
		let questionIds: readonly string[] = [];
		if (token !== null) {
			try {
				questionIds = decodeQuizLink(token, {
					version: index.version,
					questionIds: stubs.map((question) => question.id)
				}).questionIds;
			} catch (error) {
				// A damaged or out-of-date link is the page's to explain (openQuizLink says why, in the learner's
				// words); anything else is reported too.
				if (!(error instanceof QuizLinkError)) reportError('Reading a quiz link', error);
				questionIds = [];
			}
		}
		const [decks, article] = await Promise.all([
			fetchDecks(fetcher, decksHolding(index, questionIds)),
			options.article ? fetchArticle(fetcher) : undefined
		]);
		return {
			version: index.version,
			stubs,
			decks,
			paragraphs: index.paragraphs,
			...(article ? { article } : {})
		};
	} catch (error) {
		reportError('Fetching the content of a quiz link', error);
		return null;
	}
}
