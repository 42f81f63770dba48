import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-static';

/**
 * The app's version is a hash of everything the build reads (sources, questions, static files, locked
 * dependencies, configuration, base path), not the build's clock: a deploy that changes nothing gives a
 * byte-identical service worker, so browsers download nothing, and a real change always gets a new version.
 */
function inputsHash() {
	const hash = createHash('sha256');
	hash.update(process.env.BASE_PATH ?? '');
	const add = (path) => {
		if (!existsSync(path)) return;
		const entries = readdirSync(path, { withFileTypes: true, recursive: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort();
		for (const file of entries) hash.update(file).update('\0').update(readFileSync(file));
	};
	for (const folder of ['src', 'questions', 'static']) add(folder);
	for (const file of ['package-lock.json', 'svelte.config.js', 'vite.config.ts']) {
		if (existsSync(file)) hash.update(file).update('\0').update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// A static build a school can host anywhere: every page is prerendered, and the
		// fallback page lets client-only routes (review, quiz) load on any static host.
		adapter: adapter({ fallback: '404.html', strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $questions: 'questions' },
		version: { name: inputsHash() }
	}
};

export default config;
