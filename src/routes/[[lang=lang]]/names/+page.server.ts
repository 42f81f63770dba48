import { siteContent } from '$lib/content/files.server';
import { readingOf } from '$lib/content/name-readings.server';
import { namesView } from '$lib/content/names-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { glossary, catalog } = siteContent();
	const language = params.lang === 'en' ? 'en' : 'zh';
	return { names: glossary ? namesView(glossary, catalog, language, readingOf) : undefined };
};
