import { allQuestions, anchorsByParagraph } from '$lib/content/catalog';
import { evidenceLocations } from '$lib/content/argument-page';
import { siteContent } from '$lib/content/files.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { catalog, argumentMap } = siteContent();
	return {
		article: catalog.article,
		anchors: anchorsByParagraph(catalog),
		prompts: Object.fromEntries(allQuestions(catalog).map((question) => [question.id, question.prompt])),
		// For the memory map's "review these now": a quiz link names questions by their place in the catalog.
		catalogIds: allQuestions(catalog).map((question) => question.id as string),
		contentVersion: catalog.version,
		// Where each claim's evidence lies, for #claim-<id> links from the argument page.
		evidence: argumentMap ? evidenceLocations(argumentMap) : {}
	};
};
