import { error } from '@sveltejs/kit';
import { findDeck } from '$lib/content/catalog';
import { siteCatalog } from '$lib/content/files.server';
import { wordCardsDeckId } from '$lib/domain/word-cards';
import type { EntryGenerator, PageServerLoad } from './$types';

// The learner's word cards have a review of their own in both languages, whatever links to it.
export const entries: EntryGenerator = () => [
	{ lang: undefined, scope: wordCardsDeckId },
	{ lang: 'en', scope: wordCardsDeckId }
];

// Only the deck's title is inlined: the prerendered page shows its header and card area at once, and fetches
// the deck's questions in the browser.
export const load: PageServerLoad = ({ params }) => {
	if (params.scope === 'all' || params.scope === wordCardsDeckId) return { deckTitle: undefined };
	const deck = findDeck(siteCatalog(), params.scope);
	if (!deck) error(404, `No deck "${params.scope}"`);
	return { deckTitle: deck.title };
};
