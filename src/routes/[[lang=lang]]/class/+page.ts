import { catalogOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// The teacher's hub builds quizzes in the browser from the shared catalog; a failed download becomes a message.
export const ssr = false;

export const load: PageLoad = async ({ fetch }) => ({ catalog: await catalogOrNull(fetch) });
