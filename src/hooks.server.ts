import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { contentPreloads, preloadTags } from '$lib/content/preloads';
import { languageTags } from '$lib/domain/language';
import { messageScripts, modulePreloadTags } from '$lib/i18n/preloads.server';
import { areasOfRoute } from '$lib/i18n/route-areas';
import { arrangeHead } from '$lib/server/page-head';
import { prepaintScript } from './build/prepaint.js';

const prepaint = prepaintScript();

// Each prerendered page declares its own language, which the pre-paint script (src/prepaint.js, inline at the start
// of the head: src/lib/server/page-head.ts) compares with the learner's choice; a browser-only shell also asks at
// once for the content files its script will fetch; and every page preloads its texts' scripts (its language, its
// areas: src/lib/i18n/messages.ts) with its other scripts.
export const handle: Handle = ({ event, resolve }) => {
	const english = event.params.lang === 'en';
	const tag = english ? languageTags.en : languageTags.zh;
	const preloads = preloadTags(base, contentPreloads(event.route.id, event.params));
	const depth = event.url.pathname.slice(base.length).split('/').filter(Boolean).length;
	const texts =
		building && event.route.id !== null
			? modulePreloadTags(messageScripts(english ? 'en' : 'zh', areasOfRoute(event.route.id)), depth)
			: '';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			arrangeHead(html.replace('%lang%', tag), { prepaint, preloads: `${texts}${preloads}` })
	});
};
