import type { Handle } from '@sveltejs/kit';
import { languageTags } from '$lib/domain/language';

// Each prerendered page declares its own language, which the pre-paint script in app.html compares with the
// learner's choice.
export const handle: Handle = ({ event, resolve }) => {
	const tag = event.params.lang === 'en' ? languageTags.en : languageTags.zh;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', tag) });
};
