import { browser } from '$app/environment';
import { indexOrNull } from '$lib/content/client';
import type { EntryGenerator, PageLoad } from './$types';

// Quizzes live in the browser (IndexedDB), so the page is prerendered as a shell: the site's header and the page's
// heading and lead, painted before any script runs (issue 12), then the list, once the content index (no question
// text) and the attempts are read in the browser; a failed download becomes a message, not an error page.

// No prerendered page links here (the builder and history are shells too), so both languages are listed.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

// Not awaited: the page paints its header at once, the list when the index (with this device's articles) is in.
// The prerendered page fetches nothing: it shows the list's loading status.
export const load: PageLoad = ({ fetch }) => ({ catalog: browser ? indexOrNull(fetch) : undefined });
