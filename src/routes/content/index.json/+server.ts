import { json } from '@sveltejs/kit';
import { contentIndexOf } from '$lib/content/content-index';
import { siteCatalog } from '$lib/content/files.server';

// The small index every browser-only page starts from (decks, question ids and kinds, paragraph numbers); the
// texts are in one file per deck and one for the article, so a page downloads only what it shows.
export const prerender = true;

export const GET = () => json(contentIndexOf(siteCatalog()));
