import { error } from '@sveltejs/kit';
import { findDeck, findParagraph, questionsOfParagraph } from '$lib/content/catalog';
import { claimsOfParagraph } from '$lib/content/argument-page';
import type { Language } from '$lib/domain/language';
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
	const language: Language = params.lang === 'en' ? 'en' : 'zh';
	// Only the page's own language: a page is in one language.
	const questions = questionsOfParagraph(catalog, paragraph.id).map((question) => ({
		id: question.id,
		kind: question.kind,
		prompt: question.prompt[language],
		deckTitle: findDeck(catalog, question.deckId)!.title[language]
	}));
	const { argumentMap } = siteContent();
	const claims = argumentMap ? claimsOfParagraph(argumentMap, paragraph.id, language) : [];
	return { paragraph, questions, claims };
};
