/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the whole app working offline: every built file and prerendered page is cached at install, and
// served from the cache first. A new deploy installs a new cache and drops the old one.
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `sco-study-${version}`;
const assets = new Set([...build, ...files, ...prerendered]);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(cacheName)
			.then((cache) => cache.addAll([...assets]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			const cached = (await cache.match(request, { ignoreSearch: true })) ?? undefined;
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch (error) {
				// Offline and not cached: an unknown page gets the app shell, which shows a clear not-found.
				const fallback = await cache.match(new URL('404.html', worker.registration.scope).href);
				if (fallback && request.mode === 'navigate') return fallback;
				throw error;
			}
		})()
	);
});
