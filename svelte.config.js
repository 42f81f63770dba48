import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { listStaticImportsInBuild } from './src/build/module-preloads.js';
import { inlineStylesInBuild } from './src/build/inline-styles.js';
import { copyPagesToPreview } from './src/build/preview-pages.js';
import { prepaintHash } from './src/build/prepaint.js';

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
	// questions/ holds every built-in article's folder; EXTRA_QUESTIONS names a further questions folder the build
	// reads after it (src/lib/content/article-folders.server.ts), whose files are then inputs too.
	const extraQuestions = process.env.EXTRA_QUESTIONS?.trim();
	for (const folder of ['src', 'questions', ...(extraQuestions ? [extraQuestions] : []), 'static'])
		add(folder);
	for (const file of ['package-lock.json', 'svelte.config.js', 'vite.config.ts']) {
		if (existsSync(file)) hash.update(file).update('\0').update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * The static adapter, then every page's HTML lists the scripts its preloaded scripts import statically, so the
 * browser fetches them at once rather than one round trip later (SvelteKit leaves out a chunk it first met as a
 * dynamic import, such as the database library: see src/build/module-preloads.js).
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withListedImports(inner) {
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			const changed = listStaticImportsInBuild('build');
			builder.log.minor(`Listed unlisted static imports among the preloads of ${changed} pages`);
			// After the links are complete: the pages opened first from a link carry their stylesheets inline.
			const inlined = inlineStylesInBuild('build');
			builder.log.minor(`Put the stylesheets of ${inlined} pages inline`);
			// `vite preview` (npm start, the end-to-end tests) then serves the pages as deployed.
			builder.log.minor(`Copied ${copyPagesToPreview('build')} pages to the preview`);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// A static build a school can host anywhere: every page is prerendered, and the
		// fallback page lets client-only routes (review, quiz) load on any static host.
		adapter: withListedImports(adapter({ fallback: '404.html', strict: true })),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: {
			handleHttpError: 'fail',
			// A link to a missing anchor fails the build, except the reader's passage fragments (#at-p12-30-58): the
			// reader's script reads those and highlights the range; no element carries them.
			handleMissingId: ({ id, message }) => {
				if (!/^at-p\d+-\d+-\d+$/.test(id)) throw new Error(message);
			},
			// The packs of the built-in articles after the first (content/articles/<id>.json): a build of one article
			// has none. Any other route left unrendered still fails the build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/content/articles/[file]')) throw new Error(message);
			}
		},
		version: { name: inputsHash() },
		// A Content Security Policy on every prerendered page (a <meta> tag: a static host sends no headers of ours).
		// SvelteKit hashes its own inline start-up script; the only other inline script is the pre-paint one
		// (src/prepaint.js), allowed by its hash. Styles need 'unsafe-inline' for
		// the style attributes in the markup (Svelte's style: directives, charts); WebAssembly (the FSRS optimizer)
		// needs 'wasm-unsafe-eval'. Headers a host should add are listed in the README (Reliability).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', prepaintHash()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
