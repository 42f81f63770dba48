import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { contentIndexOf } from '$lib/content/content-index';
import { siteCatalog } from '$lib/content/files.server';
import { scriptMapOf } from '$lib/content/script-map.server';

// The small index every browser-only page starts from (decks, question ids and kinds, paragraph numbers, the
// small script map that grading needs); the texts are in one file per deck and one for the article, so a page
// downloads only what it shows. Every content file carries `appVersion`, the build that wrote it, so the service
// worker can refuse a copy left over from a previous deploy (by a CDN or the browser's HTTP cache).
export const prerender = true;

export const GET = () =>
	json({ appVersion: version, ...contentIndexOf(siteCatalog(), scriptMapOf(siteCatalog())) });
