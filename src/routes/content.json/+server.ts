import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { siteCatalog } from '$lib/content/files.server';

// The whole validated catalog as one file: the browser-only pages (review, quizzes) fetch it once, the service
// worker caches it, and no page has to inline it. `appVersion` names the build that wrote it, so the service
// worker can refuse a copy left over from a previous deploy (by a CDN or the browser's HTTP cache).
export const prerender = true;

export const GET = () => json({ appVersion: version, ...siteCatalog() });
