// The page options and load shared by the class pages that open a quiz link (join, projector, results, worksheet,
// assign). The quiz travels in the address fragment, which only the browser sees: each page is a prerendered shell
// that reads it and loads the shared catalog.
import { catalogOrNull } from '$lib/content/client';

export const ssr = false;

// A shell renders no links for the crawler to follow, so both languages are listed.
export const entries = () => [{ lang: undefined }, { lang: 'en' }];

// A failed download becomes a message on the page (QuizLinkGate), not an error page.
export const load = async ({ fetch }: { fetch: typeof globalThis.fetch }) => ({
	catalog: await catalogOrNull(fetch)
});
