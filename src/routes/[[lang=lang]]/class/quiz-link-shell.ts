// The page options and load shared by the class pages that open a quiz link (join, projector, results, worksheet,
// assign). The quiz travels in the address fragment, which only the browser sees: each page is prerendered as a
// shell (its header, heading and the gate's loading status, painted before any script runs) and the browser reads
// the fragment and loads only the content its quiz asks from (the index, the decks holding the quiz's questions),
// or reads the article pack the link carries (#q=<token>&pack=<payload>).
import { browser } from '$app/environment';
import { classLinkContent } from '$lib/content/class-link-content';

// A shell renders no links for the crawler to follow, so both languages are listed.
export const entries = () => [{ lang: undefined }, { lang: 'en' }];

/** The load of a quiz-link page; `options.article` also fetches the article's paragraphs (the projector quotes them). */
export const quizLinkLoad =
	(options: { article?: boolean } = {}) =>
	({ fetch }: { fetch: typeof globalThis.fetch }) => {
		// In the browser only: the prerendered page has no fragment and fetches nothing (QuizLinkGate shows its
		// loading status); QuizLinkGate loads again when the fragment changes.
		if (!browser) return { hash: '', content: undefined };
		const hash = location.hash;
		// Not awaited (shell first): the header, the layout and QuizLinkGate's loading status paint at once. The
		// promise never rejects: a failed download or a damaged pack becomes the gate's message, not an error page.
		return { hash, content: classLinkContent(fetch, hash, options) };
	};

export const load = quizLinkLoad();
