import { argumentView } from '$lib/content/argument-page';
import { siteContent } from '$lib/content/files.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { argumentMap, catalog } = siteContent();
	const language = params.lang === 'en' ? 'en' : 'zh';
	return { argument: argumentMap ? argumentView(argumentMap, catalog, language) : undefined };
};
