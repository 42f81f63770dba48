import { indexOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// Quizzes live in the browser (IndexedDB, and the quiz itself in the address fragment), so the page is a
// prerendered shell that loads the content index (no
// question text); a failed download becomes a message, not an error page.
export const ssr = false;

export const load: PageLoad = async ({ fetch }) => ({ catalog: await indexOrNull(fetch) });
