import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { siteCatalog } from '$lib/content/files.server';

// The article's paragraphs, for the browser-only pages that quote them (the projector). `appVersion`: see
// content/index.json.
export const prerender = true;

export const GET = () => json({ appVersion: version, ...siteCatalog().article });
