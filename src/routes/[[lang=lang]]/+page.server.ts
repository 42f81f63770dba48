import { siteCatalog } from '$lib/content/files.server';
import type { PageServerLoad } from './$types';

// Only what the page shows, in its own language: the deck tiles' question ids (for the live counts) come from the
// content index once the page is up, so they are not carried twice by each home page's HTML and data file.
export const load: PageServerLoad = ({ params }) => {
	const language = params.lang === 'en' ? 'en' : 'zh';
	return {
		decks: siteCatalog().decks.map((deck) => ({
			id: deck.id,
			title: deck.title[language],
			description: deck.description[language],
			questionCount: deck.questions.length,
			kinds: [...new Set(deck.questions.map((question) => question.kind))]
		}))
	};
};
