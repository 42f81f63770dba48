import { studyDatabase } from '$lib/data/database';
import { libraryArticles } from '$lib/data/library';
import type { Article } from '$lib/domain/article';
import type { Deck } from '$lib/domain/question';
import type { ContentIndex } from './content-index';
import { deviceArticleText, deviceDecks, withDeviceArticles } from './device-articles';

// The browser's side of the articles on this device, loaded by content/client.ts only when a page fetches
// content, so that the database code and the namespacing stay out of every page's first download.

const readArticles = () => libraryArticles(studyDatabase());

/** The index with this device's articles added. */
export const indexWithDeviceArticles = async (index: ContentIndex): Promise<ContentIndex> =>
	withDeviceArticles(index, await readArticles());

/** These device decks in full, in the order asked (undefined for one not on this device). */
export const decksOnDevice = async (ids: readonly string[]): Promise<(Deck | undefined)[]> =>
	deviceDecks(await readArticles(), ids);

/** A device article's paragraphs, or undefined when it is not on this device. */
export async function articleOnDevice(id: string): Promise<Article | undefined> {
	const article = (await readArticles()).find((candidate) => candidate.id === id);
	return article && deviceArticleText(article);
}

/**
 * The index with this device's articles added, for pages that grade too: the Traditional↔Simplified map of the
 * device articles' typed answers is installed for the grader as well. A map already made for the same answer
 * characters is read back from local storage at once; otherwise OpenCC loads after the page (never on its critical
 * path), maps those characters alone and the map is kept, so it loads once per article (and once more when the
 * editor changes its answers).
 */
export async function indexForStudy(index: ContentIndex): Promise<ContentIndex> {
	const articles = await readArticles();
	// Its own chunk: the pages that fetch the index but never grade keep it off their critical path.
	void import('./answer-script-maps').then(({ installAnswerScriptMaps }) =>
		installAnswerScriptMaps(
			articles.map((article) => ({
				id: article.id,
				questions: article.pack.decks.flatMap((deck) => deck.questions)
			}))
		)
	);
	return withDeviceArticles(index, articles);
}
