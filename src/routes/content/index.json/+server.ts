import { json } from '@sveltejs/kit';
import { contentIndexOf } from '$lib/content/content-index';
import { siteCatalog } from '$lib/content/files.server';
import { scriptMapOf } from '$lib/content/script-map.server';

// The small index every browser-only page starts from (decks, question ids and kinds, paragraph numbers); the
// texts are in one file per deck (with the small script map that grading needs) and one for the article, so a page downloads only what it shows.
export const prerender = true;

export const GET = () => json(contentIndexOf(siteCatalog(), scriptMapOf(siteCatalog())));
