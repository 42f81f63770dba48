import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { contentPreloads, preloadTags } from '$lib/content/preloads';
import { languageTags } from '$lib/domain/language';

// Each prerendered page declares its own language, which the pre-paint script in app.html compares with the
// learner's choice; a browser-only shell also asks at once for the content files its script will fetch.
export const handle: Handle = ({ event, resolve }) => {
	const tag = event.params.lang === 'en' ? languageTags.en : languageTags.zh;
	const preloads = preloadTags(base, contentPreloads(event.route.id, event.params));
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', tag).replace('</head>', preloads ? `${preloads}</head>` : '</head>')
	});
};
