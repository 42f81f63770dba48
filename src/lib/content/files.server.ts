// The content files, read at build time only: pages receive the validated content as prerendered JSON. This is
// the one place that reads questions/: every article folder questions/articles.yaml lists (and, when the
// EXTRA_QUESTIONS environment variable names one, the articles of another questions folder after them).
import { builtInPack, loadBuiltInArticles, type BuiltInArticle } from './article-folders';
import { diskReader, questionRoots } from './article-folders.server';
import type { SiteContent } from './load';
import type { Catalog } from './catalog';
import type { ArticlePack } from '$lib/domain/pack/format';

let cached: BuiltInArticle[] | undefined;

/** Every built-in article, the first first; a broken file stops the build here with every problem listed. */
export function builtInArticles(): BuiltInArticle[] {
	cached ??= loadBuiltInArticles(questionRoots(), diskReader());
	return cached;
}

/** The first article's content: the one the app's original addresses (/article/, /decks/<id>/) show. */
export function siteContent(): SiteContent {
	return builtInArticles()[0]!.content;
}

/** The first article's catalog of decks and questions. */
export function siteCatalog(): Catalog {
	return siteContent().catalog;
}

/** The first article's hand-checked readings (its readings.yaml), if it has them. */
export const siteReadingsFile = () => builtInArticles()[0]!.readings;

/** The further built-in articles, as the packs the browser studies them from. */
export const furtherArticlePacks = (): ArticlePack[] => builtInArticles().slice(1).map(builtInPack);
