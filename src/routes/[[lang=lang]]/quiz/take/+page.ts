import { browser } from '$app/environment';
import { linkContentOrNull } from '$lib/content/link-content';
import { quizTokenOf } from '$lib/domain/quiz/address';
import type { EntryGenerator, PageLoad } from './$types';

// Quizzes live in the browser (IndexedDB, and the quiz itself in the address fragment), so the page is a
// prerendered shell that loads the content index and the decks its quiz asks from; a failed download becomes a
// message, not an error page.
export const ssr = false;

// No prerendered page links here (the builder and history are shells too), so both languages are listed.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

export const load: PageLoad = ({ fetch }) => {
	// Client-only (ssr = false): the fragment is readable here; the page loads again when it names another quiz.
	const hash = browser ? location.hash : '';
	// Not awaited: the page paints its header and layout at once and the quiz when its content arrives (shell first).
	return { hash, catalog: linkContentOrNull(fetch, quizTokenOf(hash)) };
};
