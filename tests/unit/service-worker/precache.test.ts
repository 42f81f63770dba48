import { describe, expect, it } from 'vitest';
import { dataFileOf, immutableReferences, precacheOf } from '$lib/service-worker/precache';

const node = (route: string) =>
	`export { default as component } from "../../../../src/routes/[[lang=lang]]/${route}/+page.svelte";`;

// A small build: two screens (quiz, stats), one per-question page, a QR decoder loaded on demand.
const output = {
	base: '/sub',
	build: [
		'/sub/_app/immutable/entry/app.A.js',
		'/sub/_app/immutable/nodes/0.N.js',
		'/sub/_app/immutable/nodes/1.Q.js',
		'/sub/_app/immutable/nodes/2.S.js',
		'/sub/_app/immutable/chunks/shared.js',
		'/sub/_app/immutable/chunks/charts.js',
		'/sub/_app/immutable/chunks/jsqr.js',
		'/sub/_app/immutable/assets/0.css',
		'/sub/_app/immutable/workers/statistics.worker-W.js'
	],
	files: ['/sub/favicon.svg'],
	prerendered: [
		'/sub/content.json',
		'/sub/content/index.json',
		'/sub/content/decks/d1.json',
		'/sub/content/article.json',
		'/sub/',
		'/sub/__data.json',
		'/sub/quiz/',
		'/sub/quiz/__data.json',
		'/sub/stats/',
		'/sub/stats/__data.json',
		'/sub/questions/q1/',
		'/sub/questions/q1/__data.json',
		'/sub/en/questions/q1/',
		'/sub/exports/d.anki.zh.txt'
	],
	manifest: {
		'app.js': {
			file: '_app/immutable/entry/app.A.js',
			isEntry: true,
			dynamicImports: ['nodes/0.js', 'nodes/1.js', 'nodes/2.js']
		},
		'nodes/0.js': {
			file: '_app/immutable/nodes/0.N.js',
			isEntry: true,
			css: ['_app/immutable/assets/0.css']
		},
		'nodes/1.js': {
			file: '_app/immutable/nodes/1.Q.js',
			isEntry: true,
			imports: ['_shared.js'],
			dynamicImports: ['node_modules/jsqr/dist/jsQR.js']
		},
		'nodes/2.js': {
			file: '_app/immutable/nodes/2.S.js',
			isEntry: true,
			imports: ['_shared.js', '_charts.js']
		},
		'_shared.js': { file: '_app/immutable/chunks/shared.js' },
		'_charts.js': { file: '_app/immutable/chunks/charts.js' },
		'node_modules/jsqr/dist/jsQR.js': { file: '_app/immutable/chunks/jsqr.js' }
	},
	nodeSources: { '/nodes/0.js': node('..'), '/nodes/1.js': node('quiz'), '/nodes/2.js': node('stats') }
};

describe('the service worker precache', () => {
	const { shell, contentFiles, fallbackPage } = precacheOf(output);

	it('holds the scripts every screen needs, the static files, the content files and the fallback shell', () => {
		for (const path of [
			'/sub/_app/immutable/entry/app.A.js',
			'/sub/_app/immutable/nodes/1.Q.js',
			'/sub/_app/immutable/chunks/shared.js',
			'/sub/_app/immutable/assets/0.css',
			'/sub/favicon.svg',
			'/sub/content/index.json',
			'/sub/content/decks/d1.json',
			'/sub/content/article.json',
			'/sub/404.html'
		])
			expect(shell).toContain(path);
		expect(contentFiles).toEqual([
			'/sub/content/index.json',
			'/sub/content/decks/d1.json',
			'/sub/content/article.json'
		]);
		// The whole catalog in one file is for tools: the pages fetch the index and the decks they show.
		expect(shell).not.toContain('/sub/content.json');
		expect(fallbackPage).toBe('/sub/404.html');
	});

	it('leaves out the statistics page, on-demand libraries and workers: they are kept once used', () => {
		for (const path of [
			'/sub/_app/immutable/nodes/2.S.js',
			'/sub/_app/immutable/chunks/charts.js',
			'/sub/_app/immutable/chunks/jsqr.js',
			'/sub/_app/immutable/workers/statistics.worker-W.js'
		])
			expect(shell).not.toContain(path);
	});

	it("holds each screen's data file and the home page, but not the pages there is one of per question", () => {
		expect(shell).toContain('/sub/quiz/__data.json');
		expect(shell).toContain('/sub/stats/__data.json');
		expect(shell).toContain('/sub/');
		expect(shell).not.toContain('/sub/questions/q1/');
		expect(shell).not.toContain('/sub/questions/q1/__data.json');
		expect(shell).not.toContain('/sub/exports/d.anki.zh.txt');
	});

	it('without a manifest (development), keeps every script but the workers', () => {
		const all = precacheOf({ ...output, manifest: undefined }).shell;
		expect(all).toContain('/sub/_app/immutable/chunks/charts.js');
		expect(all).not.toContain('/sub/_app/immutable/workers/statistics.worker-W.js');
	});

	it("names a page's data file and the hashed files an HTML page loads", () => {
		expect(dataFileOf('/sub/quiz/')).toBe('/sub/quiz/__data.json');
		expect(
			immutableReferences(
				'<link href="../_app/immutable/entry/start.X.js"><script>import("./_app/immutable/entry/app.Y.js")',
				'/sub'
			)
		).toEqual(['/sub/_app/immutable/entry/start.X.js', '/sub/_app/immutable/entry/app.Y.js']);
	});
});
