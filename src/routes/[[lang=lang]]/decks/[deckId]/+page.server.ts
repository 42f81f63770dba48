import { error } from '@sveltejs/kit';
import { findDeck } from '$lib/content/catalog';
import { siteCatalog } from '$lib/content/files.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	siteCatalog().decks.flatMap((deck) => [{ deckId: deck.id }, { deckId: deck.id, lang: 'en' }]);

export const load: PageServerLoad = ({ params }) => {
	const catalog = siteCatalog();
	const deck = findDeck(catalog, params.deckId);
	if (!deck) error(404, `No deck "${params.deckId}"`);
	const paragraphs = Object.fromEntries(catalog.article.paragraphs.map((p) => [p.id, p.number]));
	return { deck, paragraphNumbers: paragraphs };
};
