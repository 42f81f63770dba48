import { resolve } from '$app/paths';
import type { Article } from '$lib/domain/article';
import type { ArticlePack } from '$lib/domain/pack/format';
import { articleIdOf, namespacedDecks } from '$lib/domain/pack/namespace';
import type { Deck } from '$lib/domain/question';
import { CatalogUnavailableError } from './client';
import { contentPaths } from './content-index';

// The built-in articles after the first (questions/<folder>/), which the build serves as article packs
// (content/articles/<id>.json): read as an article on this device is, from the network instead of the database.
// Loaded by content/client.ts only when a page asks for such an article or deck, so a build of one article, and
// a first visit, carry none of it (service-worker/precache.ts keeps it once used).

const packs = new Map<string, Promise<ArticlePack | undefined>>();

/** A further built-in article's pack, or undefined when the build has no such article. */
function builtInPack(fetcher: typeof fetch, id: string): Promise<ArticlePack | undefined> {
	let pack = packs.get(id);
	if (!pack) {
		pack = fetcher(resolve(contentPaths.articlePack(id) as '/')).then(
			(response) => (response.ok ? (response.json() as Promise<ArticlePack>) : undefined),
			(error: unknown) => {
				packs.delete(id);
				throw new CatalogUnavailableError(String(error), { cause: error });
			}
		);
		packs.set(id, pack);
	}
	return pack;
}

/** A further built-in article's paragraphs; throws when there is no such article. */
export async function builtInArticleText(fetcher: typeof fetch, id: string): Promise<Article> {
	const pack = await builtInPack(fetcher, id);
	if (!pack) throw new CatalogUnavailableError(`No article "${id}" on this device or built in`);
	return { date: pack.article.date, paragraphs: pack.article.paragraphs };
}

/** A deck of a further built-in article in full, under its namespaced id; throws when there is no such deck. */
export async function builtInDeck(fetcher: typeof fetch, id: string): Promise<Deck> {
	const articleId = articleIdOf(id) ?? '';
	const pack = await builtInPack(fetcher, articleId);
	const deck = pack && namespacedDecks(articleId, pack.decks).find((candidate) => candidate.id === id);
	if (!deck) throw new CatalogUnavailableError(`No deck "${id}" on this device or built in`);
	return deck;
}

/** A further built-in article as the library page shows an article: its id and its pack; undefined if none. */
export const builtInLibraryArticle = async (
	fetcher: typeof fetch,
	id: string
): Promise<{ id: string; pack: ArticlePack } | undefined> => {
	const pack = await builtInPack(fetcher, id);
	return pack && { id, pack };
};
