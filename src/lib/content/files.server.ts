// The content files, read at build time only: pages receive the validated catalog as prerendered JSON.
import articleText from '$questions/article.txt?raw';
import { loadCatalog } from './load';
import type { Catalog } from './catalog';

const deckTexts = import.meta.glob<string>('/questions/decks/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

let cached: Catalog | undefined;

/** The site's catalog; a broken deck stops the build here with every problem listed. */
export function siteCatalog(): Catalog {
	cached ??= loadCatalog(
		articleText,
		Object.entries(deckTexts).map(([path, text]) => ({ file: path.replace(/^\//, ''), text }))
	);
	return cached;
}
