import { json } from '@sveltejs/kit';
import { contentPaths } from '$lib/content/content-index';
import { contentFileBodies } from '$lib/content/content-files.server';

// The small index every browser-only page starts from (decks, question ids and kinds, paragraph numbers, the
// small script map that grading needs); the texts are in one file per deck and one for the article, so a page
// downloads only what it shows.
export const prerender = true;

export const GET = () => json(contentFileBodies().get(contentPaths.index));
