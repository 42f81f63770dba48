import { siteContent } from '$lib/content/files.server';
import { drawMap } from '$lib/content/map.server';
import { placesView } from '$lib/content/places-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { glossary, catalog, places, timeline } = siteContent();
	const language = params.lang === 'en' ? 'en' : 'zh';
	if (!glossary || !places || !timeline) return { view: undefined, map: undefined };
	return {
		view: placesView(timeline, places, glossary, catalog, language),
		// Drawn here, at build time: the page ships SVG, no map library.
		map: drawMap(places)
	};
};
