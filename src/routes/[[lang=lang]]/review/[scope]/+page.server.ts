import { error } from '@sveltejs/kit';
import { findDeck } from '$lib/content/catalog';
import { siteCatalog } from '$lib/content/files.server';
import type { PageServerLoad } from './$types';

// Only the deck's title is inlined: the prerendered page shows its header and card area at once, and fetches
// the deck's questions in the browser.
export const load: PageServerLoad = ({ params }) => {
	if (params.scope === 'all') return { deckTitle: undefined };
	const deck = findDeck(siteCatalog(), params.scope);
	if (!deck) error(404, `No deck "${params.scope}"`);
	return { deckTitle: deck.title };
};
