import { catalogOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// Statistics live in the browser (IndexedDB), so the page is a prerendered shell that loads the shared catalog.
export const ssr = false;

export const load: PageLoad = async ({ fetch }) => {
	const catalog = await catalogOrNull(fetch);
	if (!catalog) return { decks: null };
	return {
		decks: catalog.decks.map((deck) => ({
			id: deck.id as string,
			title: deck.title,
			questionIds: deck.questions.map((question) => question.id as string)
		}))
	};
};
