import { error } from '@sveltejs/kit';
import { findParagraph, questionsOfParagraph } from '$lib/content/catalog';
import { claimsOfParagraph } from '$lib/content/argument-page';
import { siteCatalog, siteContent } from '$lib/content/files.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	siteCatalog().article.paragraphs.flatMap((paragraph) => [
		{ paragraphId: paragraph.id },
		{ paragraphId: paragraph.id, lang: 'en' }
	]);

export const load: PageServerLoad = ({ params }) => {
	const catalog = siteCatalog();
	const paragraph = findParagraph(catalog, params.paragraphId);
	if (!paragraph) error(404, `No paragraph "${params.paragraphId}"`);
	const questions = questionsOfParagraph(catalog, paragraph.id).map((question) => ({
		id: question.id,
		kind: question.kind,
		prompt: question.prompt,
		deckTitle: catalog.decks.find((deck) => deck.id === question.deckId)!.title
	}));
	const { argumentMap } = siteContent();
	const claims = argumentMap
		? claimsOfParagraph(argumentMap, paragraph.id, params.lang === 'en' ? 'en' : 'zh')
		: [];
	return { paragraph, questions, claims };
};
