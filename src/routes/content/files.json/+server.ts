import { json } from '@sveltejs/kit';
import { contentFileList } from '$lib/content/content-files.server';

// Every content file and its gzipped size, for the service worker to precache what fits its budget.
export const prerender = true;

export const GET = () => json(contentFileList());
