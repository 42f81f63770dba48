import { json } from '@sveltejs/kit';
import { siteCatalog } from '$lib/content/files.server';

// The whole validated catalog as one file: the browser-only pages (review, quizzes) fetch it once, the service
// worker caches it, and no page has to inline it.
export const prerender = true;

export const GET = () => json(siteCatalog());
