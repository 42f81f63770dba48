import { browser } from '$app/environment';
import { linkContentOrNull } from '$lib/content/link-content';
import { quizTokenOf } from '$lib/domain/quiz/address';
import type { EntryGenerator, PageLoad } from './$types';

// Quizzes live in the browser (IndexedDB, and the quiz itself in the address fragment). The page is prerendered as
// a shell: the site's header, the page's heading and a loading status, painted before any script runs (with
// ssr = false its HTML was empty, and its scripts then fetched the page's server data one round trip later: issue
// 12). The browser reads the fragment and loads the content index and the decks its quiz asks from; a failed
// download becomes a message, not an error page.

// No prerendered page links here (the builder and history are shells too), so both languages are listed.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

export const load: PageLoad = ({ fetch }) => {
	// In the browser only: the prerendered page has no fragment and fetches nothing (it shows the loading status);
	// the page loads again when the fragment names another quiz.
	if (!browser) return { hash: '', catalog: undefined };
	const hash = location.hash;
	// Not awaited: the page paints its header and layout at once and the quiz when its content arrives (shell first).
	return { hash, catalog: linkContentOrNull(fetch, quizTokenOf(hash)) };
};
