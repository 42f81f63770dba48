import { browser } from '$app/environment';
import { decksOrNull } from '$lib/content/client';
import { paragraphNumbersOf } from '$lib/content/content-index';
import type { Deck } from '$lib/domain/question';
import type { PageLoad } from './$types';

/** Every deck in full and the paragraphs' numbers; null when they cannot be fetched. */
export type BrowserContent = { decks: Deck[]; paragraphNumbers: Record<string, number> } | null;

async function browserContent(fetcher: typeof fetch): Promise<BrowserContent> {
	const loaded = await decksOrNull(fetcher, (index) => index.decks.map((deck) => deck.id));
	return loaded && { decks: loaded.decks, paragraphNumbers: paragraphNumbersOf(loaded.index) };
}

// The cards live in the browser (IndexedDB): the prerendered page is its header and search form; the decks are
// fetched in the browser and not awaited here, so the page paints before they arrive.
export const load: PageLoad = ({ fetch, data }) => ({
	...data,
	content: browser ? browserContent(fetch) : undefined
});
