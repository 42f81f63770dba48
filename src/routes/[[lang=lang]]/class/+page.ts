import { indexOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// The teacher's hub builds quizzes in the browser from the content index; a failed download becomes a message.
export const ssr = false;

export const load: PageLoad = async ({ fetch }) => ({ catalog: await indexOrNull(fetch) });
