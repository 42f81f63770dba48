import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { siteCatalog } from '$lib/content/files.server';

// The whole validated catalog as one file, for tools and tests that want everything at once. Pages never fetch
// it (they start from content/index.json and fetch one file per deck they show: see $lib/content/client), and the
// service worker does not precache it. `appVersion` names the build that wrote it, as in every content file.
export const prerender = true;

export const GET = () => json({ appVersion: version, ...siteCatalog() });
