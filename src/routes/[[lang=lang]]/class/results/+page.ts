import { catalogOrNull } from '$lib/content/client';
import type { EntryGenerator, PageLoad } from './$types';

// The quiz travels in the address fragment, which only the browser sees: the page is a prerendered shell that
// reads it and loads the shared catalog.
export const ssr = false;

// A shell renders no links for the crawler to follow, so both languages are listed.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

// A failed download becomes a message on the page (QuizLinkGate), not an error page.
export const load: PageLoad = async ({ fetch }) => ({ catalog: await catalogOrNull(fetch) });
