import { error } from '@sveltejs/kit';
import { allQuestions, findDeck } from '$lib/content/catalog';
import { siteCatalog } from '$lib/content/files.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** "all" reviews every deck; any other scope is a deck id. */
export const entries: EntryGenerator = () =>
	['all', ...siteCatalog().decks.map((deck) => deck.id)].flatMap((scope) => [
		{ scope },
		{ scope, lang: 'en' }
	]);

export const load: PageServerLoad = ({ params }) => {
	const catalog = siteCatalog();
	const paragraphNumbers = Object.fromEntries(catalog.article.paragraphs.map((p) => [p.id, p.number]));
	if (params.scope === 'all') {
		return { scope: 'all', deckTitle: undefined, questions: allQuestions(catalog), paragraphNumbers };
	}
	const deck = findDeck(catalog, params.scope);
	if (!deck) error(404, `No deck "${params.scope}"`);
	return { scope: deck.id, deckTitle: deck.title, questions: deck.questions, paragraphNumbers };
};
