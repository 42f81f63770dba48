import { error } from '@sveltejs/kit';
import { paragraphNumbersOf } from '$lib/content/content-index';
import { decksOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// A review session lives in the browser (IndexedDB), so the page is a prerendered shell that fetches the content
// index and only the decks in its scope.
export const ssr = false;

// The sessions are found by the prerender crawler through the links on the home and deck pages.
export const load: PageLoad = async ({ params, fetch }) => {
	const loaded = await decksOrNull(fetch, (index) =>
		params.scope === 'all'
			? index.decks.map((deck) => deck.id)
			: index.decks.filter((deck) => deck.id === params.scope).map((deck) => deck.id)
	);
	// Offline before the app was ever cached: the page offers a retry rather than an error page.
	if (!loaded) return { scope: params.scope, deckTitle: undefined, questions: null, paragraphNumbers: {} };
	const paragraphNumbers = paragraphNumbersOf(loaded.index);
	const questions = loaded.decks.flatMap((deck) => deck.questions);
	if (params.scope === 'all') return { scope: 'all', deckTitle: undefined, questions, paragraphNumbers };
	const deck = loaded.decks[0];
	if (!deck) error(404, `No deck "${params.scope}"`);
	return { scope: deck.id, deckTitle: deck.title, questions, paragraphNumbers };
};
