import { allQuestions, anchorsByParagraph } from '$lib/content/catalog';
import { evidenceLocations } from '$lib/content/argument-page';
import { siteContent } from '$lib/content/files.server';
import type { Language } from '$lib/domain/language';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { catalog, argumentMap, translation } = siteContent();
	const language: Language = params.lang === 'en' ? 'en' : 'zh';
	return {
		article: catalog.article,
		// The English reader shows the translation by default, so it comes with the page (no flash, works without
		// script); the Chinese reader fetches content/translation.json only when a learner asks for English.
		translation: language === 'en' ? translation : undefined,
		anchors: anchorsByParagraph(catalog),
		// Only the page's own language: a page is in one language, and the prompts are most of its inline data.
		prompts: Object.fromEntries(
			allQuestions(catalog).map((question) => [question.id, question.prompt[language]])
		),
		// For the memory map's "review these now": a quiz link names questions by their place in the catalog.
		catalogIds: allQuestions(catalog).map((question) => question.id as string),
		contentVersion: catalog.version,
		// Where each claim's evidence lies, for #claim-<id> links from the argument page.
		evidence: argumentMap ? evidenceLocations(argumentMap) : {}
	};
};
