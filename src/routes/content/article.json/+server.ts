import { json } from '@sveltejs/kit';
import { contentPaths } from '$lib/content/content-index';
import { contentFileBodies } from '$lib/content/content-files.server';

// The article's paragraphs, for the browser-only pages that quote them (the projector).
export const prerender = true;

export const GET = () => json(contentFileBodies().get(contentPaths.article));
