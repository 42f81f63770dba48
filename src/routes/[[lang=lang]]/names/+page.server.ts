import { siteContent } from '$lib/content/files.server';
import { readingOf } from '$lib/content/name-readings.server';
import { namesView } from '$lib/content/names-page';
import { placeIds } from '$lib/content/places-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { glossary, catalog, places } = siteContent();
	const language = params.lang === 'en' ? 'en' : 'zh';
	return {
		names: glossary ? namesView(glossary, catalog, language, readingOf) : undefined,
		// The entries the map shows, each linked to its place there.
		onMap: places ? placeIds(places) : []
	};
};
