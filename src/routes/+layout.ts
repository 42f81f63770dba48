import { browser } from '$app/environment';
import { loadMessages } from '$lib/i18n/messages';
import { languageOfPath } from '$lib/i18n/path-language';
import { areasOfRoute } from '$lib/i18n/route-areas';
import type { LayoutLoad } from './$types';

// Every content page is prerendered so it paints before any script runs; IndexedDB is touched only in the browser.
export const prerender = true;
export const trailingSlash = 'always';

// The page's texts: its language's common texts and the areas its route shows (src/lib/i18n/messages.ts). Loaded
// here, at the root, so that error pages have them too; an address that matches no route takes its language from
// the path (/en/… is English), as does an error page (SvelteKit gives it no params).
export const load: LayoutLoad = async ({ params, route, url }) => {
	const language =
		params.lang === 'en' || (browser && params.lang === undefined && languageOfPath(url.pathname) === 'en')
			? 'en'
			: 'zh';
	return { language, messages: await loadMessages(language, areasOfRoute(route.id)) };
};
