/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the whole app working offline: every built file and prerendered page is cached at install and served
// from the cache first. A new version waits until no tab runs the old one (no skipWaiting), so an open tab never
// loses the files of the build it started with; then it replaces the old cache.
import { base, build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `sco-study-${version}`;
const fallbackPage = `${base}/404.html`;
// The FSRS optimizer (its worker and 1.7 MB of WebAssembly) is fetched only when a learner asks for it, and kept
// from then on: installing it for everyone would cost every phone that download on its first visit.
const onDemand = (path: string) => /\/workers\/(assets\/.*\.wasm|optimizer\.worker|workerHelpers)/.test(path);
const assets = [
	...new Set([...build.filter((path) => !onDemand(path)), ...files, ...prerendered, fallbackPage])
];

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(cacheName);
			// One by one: a single file that fails to download must not leave the app with no offline copy at all.
			const results = await Promise.allSettled(assets.map((asset) => cache.add(asset)));
			if (results.every((result) => result.status === 'rejected')) throw new Error('Nothing could be cached');
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keys = await caches.keys();
			await Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key)));
			await worker.clients.claim();
		})()
	);
});

/** Pages are cached as folder/ (their index.html); an address typed without the slash finds them too. */
function cacheKeys(url: URL): string[] {
	const keys = [url.pathname];
	if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) keys.push(`${url.pathname}/`);
	return keys;
}

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			for (const key of cacheKeys(url)) {
				const cached = await cache.match(key);
				if (cached) return cached;
			}
			try {
				const response = await fetch(request);
				if (response.ok && onDemand(url.pathname)) await cache.put(url.pathname, response.clone());
				return response;
			} catch (error) {
				// Offline and not cached: a page gets the app shell, which shows a clear message in the right language.
				const fallback = request.mode === 'navigate' ? await cache.match(fallbackPage) : undefined;
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});
