import { browser } from '$app/environment';
import { indexOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// Quizzes live in the browser (IndexedDB, and the quiz itself in the address fragment). The prerendered page is
// the builder's header; the content index (no question text) is fetched in the browser and not awaited here, so
// the page paints first. A failed download becomes a message, not an error page.
export const load: PageLoad = ({ fetch }) => ({ catalog: browser ? indexOrNull(fetch) : undefined });
