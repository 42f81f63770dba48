import { indexOrNull } from '$lib/content/client';
import type { EntryGenerator, PageLoad } from './$types';

// Quizzes live in the browser (IndexedDB, and the quiz itself in the address fragment), so the page is a
// prerendered shell that loads the content index (no question
// text); a failed download becomes a message, not an error page.
export const ssr = false;

// No prerendered page links here (the builder and history are shells too), so both languages are listed.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

// Not awaited: the page paints its header at once, the list when the index (with this device's articles) is in.
export const load: PageLoad = ({ fetch }) => ({ catalog: indexOrNull(fetch) });
