import { parseArticle } from '$lib/domain/article';
import { contentVersion, type Catalog } from './catalog';
import { ContentError } from './problems';
import { validateDecks, type DeckFile } from './validate';

/** Builds the catalog from the article and deck files, or throws a ContentError listing every problem. */
export function loadCatalog(articleText: string, deckFiles: DeckFile[]): Catalog {
	const article = parseArticle(articleText);
	const { decks, problems } = validateDecks(deckFiles, article);
	if (problems.length > 0) throw new ContentError(problems);
	return { version: contentVersion(article, decks), article, decks };
}
