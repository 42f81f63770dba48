import { error } from '@sveltejs/kit';
import { allQuestions, findDeck } from '$lib/content/catalog';
import { catalogOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// A review session lives in the browser (IndexedDB), so the page is a prerendered shell that loads the shared
// catalog instead of inlining every question.
export const ssr = false;

// The sessions are found by the prerender crawler through the links on the home and deck pages.
export const load: PageLoad = async ({ params, fetch }) => {
	const catalog = await catalogOrNull(fetch);
	// Offline before the app was ever cached: the page offers a retry rather than an error page.
	if (!catalog) return { scope: params.scope, deckTitle: undefined, questions: null, paragraphNumbers: {} };
	const paragraphNumbers = Object.fromEntries(catalog.article.paragraphs.map((p) => [p.id, p.number]));
	if (params.scope === 'all') {
		return { scope: 'all', deckTitle: undefined, questions: allQuestions(catalog), paragraphNumbers };
	}
	const deck = findDeck(catalog, params.scope);
	if (!deck) error(404, `No deck "${params.scope}"`);
	return { scope: deck.id, deckTitle: deck.title, questions: deck.questions, paragraphNumbers };
};
