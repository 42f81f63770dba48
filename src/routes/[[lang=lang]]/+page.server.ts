import { siteCatalog } from '$lib/content/files.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const catalog = siteCatalog();
	return {
		decks: catalog.decks.map((deck) => ({
			id: deck.id,
			title: deck.title,
			description: deck.description,
			questionCount: deck.questions.length,
			questions: deck.questions.map((question) => ({ questionId: question.id, deckId: question.deckId })),
			kinds: [...new Set(deck.questions.map((question) => question.kind))]
		})),
		paragraphCount: catalog.article.paragraphs.length
	};
};
