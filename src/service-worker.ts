/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the app working offline, all or nothing, and never older than the build it belongs to.
// - Install downloads the app shell (src/lib/service-worker/precache.ts) and the content files that fit its budget
//   (content/files.json lists them with their sizes) past the browser's HTTP cache (`cache: 'reload'`), checks
//   that every page and content file belongs to this build, and fails (keeping the previous version and its cache)
//   if any file is missing or stale. Hashed files already in the previous cache are copied, not downloaded again.
// - Pages and data are fetched from the network first and cached as they are visited; offline they come from the
//   cache, and an address never visited gets the fallback shell, which renders the screen in the browser or says
//   that the page is not saved on this device. Hashed files come from the cache first.
// - A new version waits until the learner accepts it (the page's "reload" banner sends `skip-waiting`).
import { base, build, files, prerendered, version } from '$service-worker';
import { reportError } from '$lib/platform/report';
import type { ContentFileList } from '$lib/content/content-index';
import {
	contentToPrecache,
	immutableReferences,
	precacheOf,
	type BuildManifest
} from '$lib/service-worker/precache';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cachePrefix = 'sco-study-';
// The version is a hash of the build's inputs (svelte.config.js): an unchanged deploy keeps the same cache.
const cacheName = `${cachePrefix}${version}`;

// The client build's manifest (written before this worker is built; absent in development).
const manifests = import.meta.glob<BuildManifest>('/.svelte-kit/output/client/.vite/manifest.json', {
	eager: true,
	import: 'default'
});
// The route each route node renders, read from SvelteKit's generated node modules (which import its page).
const nodeSources = import.meta.glob<string>('/.svelte-kit/generated/client-optimized/nodes/*.js', {
	eager: true,
	query: '?raw',
	import: 'default'
});
const nodeRoutes = Object.fromEntries(
	Object.entries(nodeSources).map(([path, source]) => [
		path.slice(1),
		/src\/routes\/(.*)\/\+page\.svelte/.exec(source)?.[1] ?? ''
	])
);
const precache = precacheOf({
	base,
	build,
	files,
	prerendered,
	manifest: Object.values(manifests)[0],
	nodeRoutes
});
const buildFiles = new Set(build);
const knownFiles = new Set([...build, ...files, ...prerendered, precache.fallbackPage]);
const contentFiles = new Set(precache.contentFiles);
const immutablePrefix = `${base}/_app/immutable/`;

class StaleFileError extends Error {}

/** Throws unless a downloaded file is this build's: a page must load only this build's scripts, a content file
 *  must carry this build's version. A CDN or proxy that still serves the previous deploy fails the install. */
async function checkBelongs(path: string, response: Response): Promise<void> {
	if (contentFiles.has(path)) {
		const body = (await response.clone().json()) as { appVersion?: unknown };
		if (body.appVersion !== version)
			throw new StaleFileError(`${path} is from build ${String(body.appVersion)}, not ${version}`);
	} else if ((response.headers.get('content-type') ?? '').includes('text/html')) {
		const stale = immutableReferences(await response.clone().text(), base).filter(
			(file) => !buildFiles.has(file)
		);
		if (stale.length > 0)
			throw new StaleFileError(`${path} loads ${stale[0]}, which is not in build ${version}`);
	}
}

async function previousCaches(): Promise<Cache[]> {
	const names = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName);
	return Promise.all(names.map((name) => caches.open(name)));
}

async function install(): Promise<void> {
	const cache = await caches.open(cacheName);
	const previous = await previousCaches();
	const precacheFile = async (path: string) => {
		if (await cache.match(path)) return;
		// A hashed file never changes: the copy in the previous version's cache is this one.
		if (path.startsWith(immutablePrefix)) {
			for (const old of previous) {
				const kept = await old.match(path);
				if (kept) return cache.put(path, kept);
			}
		}
		let response = await fetch(new Request(path, { cache: 'reload' }));
		// Some hosts (vite preview among them) answer the fallback page itself with its status, 404.
		if (path === precache.fallbackPage && response.status === 404)
			response = new Response(await response.blob(), { status: 200, headers: response.headers });
		if (!response.ok) throw new Error(`${path} answered ${response.status}`);
		await checkBelongs(path, response);
		await cache.put(path, response);
	};
	try {
		// The content files that fit the budget, named by this build's list (itself checked like every content file).
		await precacheFile(precache.contentList);
		const list = (await (await cache.match(precache.contentList))!.json()) as ContentFileList;
		const content = contentToPrecache(list, base, knownFiles);
		await Promise.all([...precache.shell, ...content].map(precacheFile));
	} catch (error) {
		// All or nothing: the previous version stays in charge, with its cache.
		await caches.delete(cacheName);
		throw error;
	}
}

worker.addEventListener('install', (event) => event.waitUntil(install()));

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(
				names
					.filter((name) => name.startsWith(cachePrefix) && name !== cacheName)
					.map((name) => caches.delete(name))
			);
			await worker.clients.claim();
			// The pages open now were loaded before this worker: keep them, so they too work offline.
			const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const cache = await caches.open(cacheName);
			await Promise.allSettled(windows.map((client) => keepPage(cache, new URL(client.url))));
		})()
	);
});

worker.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void worker.skipWaiting();
});

/** Pages are cached as folder/ (their index.html); an address typed without the slash finds them too. */
function cacheKeys(url: URL): string[] {
	const keys = [url.pathname];
	if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) keys.push(`${url.pathname}/`);
	return keys;
}

async function fromCache(cache: Cache, url: URL): Promise<Response | undefined> {
	for (const key of cacheKeys(url)) {
		// Keys are paths: the router's query on data files (?x-sveltekit-invalidated=…) names the same file.
		const cached = await cache.match(key);
		if (cached) return cached;
	}
	return undefined;
}

/** Caches a response if it is one of this build's files and belongs to this build. */
async function keep(cache: Cache, url: URL, response: Response): Promise<void> {
	if (!response.ok || response.type !== 'basic') return;
	const key = cacheKeys(url).find((candidate) => knownFiles.has(candidate));
	if (!key) return;
	try {
		await checkBelongs(key, response);
	} catch (error) {
		// A newer deploy is on the server: this worker's cache stays consistent with its own build.
		reportError(`Keeping ${key}`, error);
		void worker.registration.update();
		return;
	}
	await cache.put(key, response);
}

async function keepPage(cache: Cache, url: URL): Promise<void> {
	if (url.origin !== location.origin || !knownFiles.has(url.pathname)) return;
	const page = await fetch(url.pathname, { cache: 'no-cache' });
	await keep(cache, url, page);
	const data = `${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}__data.json`;
	if (knownFiles.has(data)) await keep(cache, new URL(data, url), await fetch(data, { cache: 'no-cache' }));
}

/** Network first (revalidating past the HTTP cache), then the cache; navigations give up on a slow network. */
async function networkFirst(event: FetchEvent, url: URL, cache: Cache): Promise<Response> {
	const request = event.request;
	const navigate = request.mode === 'navigate';
	const network = fetch(
		new Request(request.url, {
			cache: 'no-cache',
			credentials: 'same-origin',
			redirect: navigate ? 'manual' : 'follow'
		})
	).then((response) => {
		event.waitUntil(keep(cache, url, response.clone()));
		return response;
	});
	network.catch(() => undefined); // when the cache answered first, a later network failure is no error
	const slow = new Promise<undefined>((resolve) =>
		setTimeout(() => resolve(undefined), navigate ? 4000 : 8000)
	);
	try {
		const first = await Promise.race([network, slow]);
		if (first) return first;
		const cached = await fromCache(cache, url);
		if (cached) return cached;
		return await network;
	} catch (error) {
		const cached = await fromCache(cache, url);
		if (cached) return cached;
		// Offline and never visited: the shell renders the screen in the browser, or says it is not saved here.
		const fallback = navigate ? await cache.match(precache.fallbackPage) : undefined;
		if (fallback) return fallback;
		throw error;
	}
}

async function cacheFirst(request: Request, url: URL, cache: Cache): Promise<Response> {
	const cached = await cache.match(url.pathname);
	if (cached) return cached;
	const response = await fetch(request);
	// Scripts of pages opened for the first time, workers, WebAssembly: kept once used.
	if (response.ok && buildFiles.has(url.pathname)) await cache.put(url.pathname, response.clone());
	return response;
}

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin || url.pathname === `${base}/service-worker.js`) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			return url.pathname.startsWith(immutablePrefix)
				? cacheFirst(request, url, cache)
				: networkFirst(event, url, cache);
		})()
	);
});
