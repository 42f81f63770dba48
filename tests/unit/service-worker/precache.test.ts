import { describe, expect, it } from 'vitest';
import {
	contentPrecacheBudgetBytes,
	contentToPrecache,
	dataFileOf,
	immutableReferences,
	precacheOf
} from '$lib/service-worker/precache';

// A small build: two screens (quiz, stats), one per-question page, a QR decoder loaded on demand, two workers.
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
		'/sub/_app/immutable/nodes/3.P.js',
		'/sub/_app/immutable/chunks/card-info.js',
		'/sub/_app/immutable/assets/0.css',
		'/sub/_app/immutable/workers/statistics.worker-W.js',
		'/sub/_app/immutable/workers/optimizer.worker-O.js'
	],
	files: ['/sub/favicon.svg'],
	prerendered: [
		'/sub/content.json',
		'/sub/content/index.json',
		'/sub/content/decks/d1.json',
		'/sub/content/article.json',
		'/sub/content/files.json',
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
			dynamicImports: ['nodes/0.js', 'nodes/1.js', 'nodes/2.js', 'nodes/3.js']
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
			imports: ['_shared.js', '_charts.js'],
			assets: ['_app/immutable/workers/statistics.worker-W.js']
		},
		'nodes/3.js': {
			file: '_app/immutable/nodes/3.P.js',
			isEntry: true,
			imports: ['_shared.js'],
			dynamicImports: ['CardInfo.svelte']
		},
		'CardInfo.svelte': { file: '_app/immutable/chunks/card-info.js', imports: ['_shared.js'] },
		'_shared.js': { file: '_app/immutable/chunks/shared.js' },
		'_charts.js': { file: '_app/immutable/chunks/charts.js' },
		'node_modules/jsqr/dist/jsQR.js': { file: '_app/immutable/chunks/jsqr.js' }
	},
	nodeRoutes: {
		'nodes/1.js': '[[lang=lang]]/quiz',
		'nodes/2.js': '[[lang=lang]]/stats',
		'nodes/3.js': '[[lang=lang]]/questions/[questionId]'
	}
};

describe('the service worker precache', () => {
	const { shell, contentFiles, contentList, fallbackPage } = precacheOf(output);

	it('holds the scripts every daily screen needs, the static files, the content list and the fallback shell', () => {
		for (const path of [
			'/sub/_app/immutable/entry/app.A.js',
			'/sub/_app/immutable/nodes/1.Q.js',
			'/sub/_app/immutable/chunks/shared.js',
			'/sub/_app/immutable/assets/0.css',
			'/sub/favicon.svg',
			'/sub/content/files.json',
			'/sub/404.html'
		])
			expect(shell).toContain(path);
		expect(contentList).toBe('/sub/content/files.json');
		expect(contentFiles).toEqual([
			'/sub/content/index.json',
			'/sub/content/decks/d1.json',
			'/sub/content/article.json',
			'/sub/content/files.json'
		]);
		expect(fallbackPage).toBe('/sub/404.html');
	});

	it('leaves the content files to the list and its budget, and content.json out', () => {
		for (const path of ['/sub/content/index.json', '/sub/content/decks/d1.json', '/sub/content.json'])
			expect(shell).not.toContain(path);
	});

	it('leaves out on-demand libraries and both workers: they are kept once used', () => {
		for (const path of [
			'/sub/_app/immutable/chunks/jsqr.js',
			'/sub/_app/immutable/workers/optimizer.worker-O.js',
			'/sub/_app/immutable/workers/statistics.worker-W.js'
		])
			expect(shell).not.toContain(path);
	});

	it('leaves the statistics page, its charts and its worker to be kept once opened (the first visit stays within 500 KB)', () => {
		for (const path of [
			'/sub/stats/__data.json',
			'/sub/_app/immutable/nodes/2.S.js',
			'/sub/_app/immutable/chunks/charts.js',
			'/sub/_app/immutable/workers/statistics.worker-W.js'
		])
			expect(shell, path).not.toContain(path);
	});

	it("holds each screen's data file and the home page, but not the pages there is one of per question", () => {
		expect(shell).toContain('/sub/quiz/__data.json');
		expect(shell).toContain('/sub/');
		expect(shell).not.toContain('/sub/questions/q1/');
		expect(shell).not.toContain('/sub/questions/q1/__data.json');
		expect(shell).not.toContain('/sub/exports/d.anki.zh.txt');
	});

	it("leaves a device article's deck and question pages (/decks/?id=…, /questions/?id=…) to be kept once used", () => {
		const device = ['/sub/questions/', '/sub/en/questions/', '/sub/decks/', '/sub/en/decks/'];
		const pages = device.flatMap((page) => [page, dataFileOf(page)]);
		const { shell: withDevice } = precacheOf({ ...output, prerendered: [...output.prerendered, ...pages] });
		for (const path of pages) expect(withDevice, path).not.toContain(path);
		expect(withDevice).toContain('/sub/quiz/__data.json');
	});

	it('leaves the reading aids pages (names, dates and places) to be kept once used: they are big', () => {
		const aids = ['/sub/names/', '/sub/en/names/', '/sub/places-and-dates/', '/sub/en/places-and-dates/'];
		const pages = aids.flatMap((page) => [page, dataFileOf(page)]);
		const { shell: withAids } = precacheOf({ ...output, prerendered: [...output.prerendered, ...pages] });
		for (const path of pages) expect(withAids, path).not.toContain(path);
		expect(withAids).toContain('/sub/quiz/__data.json');
	});

	it('leaves out the code only per-question pages use (the pages themselves are kept once visited)', () => {
		expect(shell).not.toContain('/sub/_app/immutable/nodes/3.P.js');
		expect(shell).not.toContain('/sub/_app/immutable/chunks/card-info.js');
		expect(shell).toContain('/sub/_app/immutable/chunks/shared.js');
		expect(precacheOf({ ...output, nodeRoutes: undefined }).shell).toContain(
			'/sub/_app/immutable/nodes/3.P.js'
		);
	});

	it("leaves out the texts only tools' pages show (the editor's, the card browser's), not a daily screen's", () => {
		const loader = 'src/lib/i18n/messages.ts';
		const texts = ['author', 'cardBrowser', 'aids', 'exports', 'quiz', 'library'];
		const manifest = {
			...output.manifest,
			'app.js': { ...output.manifest!['app.js']!, dynamicImports: ['nodes/0.js', loader] },
			[loader]: {
				file: '_app/immutable/chunks/messages.js',
				dynamicImports: texts.map((area) => `src/lib/i18n/${area}/zh.ts`)
			},
			...Object.fromEntries(
				texts.map((area) => [`src/lib/i18n/${area}/zh.ts`, { file: `_app/immutable/chunks/${area}-zh.js` }])
			)
		};
		const build = [...output.build, ...texts.map((area) => `/sub/_app/immutable/chunks/${area}-zh.js`)];
		const { shell: withTexts } = precacheOf({ ...output, build, manifest });
		for (const area of ['author', 'cardBrowser', 'aids', 'exports'])
			expect(withTexts).not.toContain(`/sub/_app/immutable/chunks/${area}-zh.js`);
		for (const area of ['quiz', 'library'])
			expect(withTexts).toContain(`/sub/_app/immutable/chunks/${area}-zh.js`);
	});

	it('without a manifest (development), keeps every script but the workers', () => {
		const all = precacheOf({ ...output, manifest: undefined }).shell;
		expect(all).toContain('/sub/_app/immutable/chunks/charts.js');
		expect(all).not.toContain('/sub/_app/immutable/workers/statistics.worker-W.js');
		expect(all).not.toContain('/sub/_app/immutable/workers/optimizer.worker-O.js');
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

describe('the content precached at install', () => {
	const known = new Set([
		'/sub/content/index.json',
		'/sub/content/decks/a.json',
		'/sub/content/decks/b.json'
	]);
	const list = (...sizes: number[]) => ({
		files: [
			{ path: '/content/index.json', gzipBytes: sizes[0]! },
			{ path: '/content/decks/a.json', gzipBytes: sizes[1]! },
			{ path: '/content/decks/b.json', gzipBytes: sizes[2]! }
		]
	});

	it('is every file when they fit the budget', () => {
		expect(contentToPrecache(list(5_000, 20_000, 30_000), '/sub', known)).toEqual([...known]);
	});

	it('stops at the first file past the budget, whatever the number of questions', () => {
		const budget = contentPrecacheBudgetBytes;
		expect(contentToPrecache(list(5_000, budget - 5_000, 1), '/sub', known)).toEqual([
			'/sub/content/index.json',
			'/sub/content/decks/a.json'
		]);
		// A hundred thousand questions: the index alone is past the budget, so nothing is precached.
		expect(contentToPrecache(list(620_000, 1, 1), '/sub', known)).toEqual([]);
	});

	it('names only files of this build', () => {
		expect(contentToPrecache(list(1, 1, 1), '/sub', new Set(['/sub/content/index.json']))).toEqual([
			'/sub/content/index.json'
		]);
	});
});
