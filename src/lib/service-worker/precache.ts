// Which files the service worker downloads when it installs (the app shell), and which it keeps only once they are
// used. Pure: given what the build produced, it returns lists; the worker does the fetching.
import type { ContentFileList } from '$lib/content/content-index';

/** One entry of Vite's client build manifest (the fields read here). */
export type BuildManifestEntry = {
	file: string;
	src?: string;
	isEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
};
export type BuildManifest = Record<string, BuildManifestEntry>;

export type BuildOutput = {
	/** The site's base path, '' at the root. */
	base: string;
	/** Every script, style and asset the build wrote (`$service-worker` build), base included. */
	build: string[];
	/** The static folder's files, base included. */
	files: string[];
	/** Every prerendered page and file, base included. */
	prerendered: string[];
	/** Vite's client manifest, when the build wrote one: it says which scripts each route needs. */
	manifest?: BuildManifest;
	/** The route each of the manifest's route nodes renders (manifest key → route folder under src/routes/). */
	nodeRoutes?: Record<string, string>;
};

export type Precache = {
	/** Downloaded at install, all or nothing (with the content files that fit: see contentToPrecache). */
	shell: string[];
	/** The list of content files and their sizes (content/files.json), read first at install. */
	contentList: string;
	/** Page shell served for an address that is not cached (it renders the route in the browser). */
	fallbackPage: string;
	/** Content files (content/: the list, the index, one file per deck, the article), each stamped with the build's
	 *  version (checked whenever one is cached). The whole catalog in one file (content.json) is for tools: no page
	 *  needs it. */
	contentFiles: string[];
};

/**
 * At most this many gzipped bytes of content files are precached (the index first, then the decks, then the
 * article): the real catalog fits whole, so every screen works offline; a catalog of any size adds no more than
 * this to a first visit (the app shell is about 400 KB of the 500 KB allowed), and what does not fit is cached when
 * it is first used. The reader's aids come last in the list and do not fit on purpose: the translation, and the
 * readings (content/readings.json, about 55 KB: words, zhuyin, pinyin, glosses), fetched when a learner turns ruby or
 * word look-up on and kept from then on.
 */
export const contentPrecacheBudgetBytes = 90_000;

/**
 * Code fetched the first time a feature needs it: the camera's QR decoder, the Traditional→Simplified converter
 * (an article on this device whose answers' script map is not made yet, content/device-script-map.ts), the FSRS optimizer, the in-page
 * database a quiz uses when the browser's storage is refused, and the teacher's saved classes (the list, the
 * record of a class just built, the codes and class list kept on the results page), which load after their pages
 * paint and say so when they cannot; the builder and the results table work offline without them; and the source
 * panel of a study card (opened on request; offline before its first use the card says it cannot open it); the
 * teacher's question chooser and a class's rounds (opened on request; the random mix and the class table work
 * without them), and the first-run guide (shown once, online, on the first visit); and the share panel of a quiz
 * on a device article (issue 17; the class hub says so when it cannot load) with its "Deck files" (a teacher's
 * download, made online): their zip and YAML code, about 21 KB, would otherwise be in every first visit. And the
 * texts only those tools' pages show (the editor's, the card browser's, the reading aids', the deck exports'; about
 * 12 KB in both languages): the message loader names every area, so they were reached from every screen. And the
 * reader of the built-in articles after the first (content/built-in-packs.ts), which a build of one article never uses.
 */
const onDemandModule =
	/node_modules\/(jsqr|fsrs-browser|fake-indexeddb|fflate|opencc-js)\/|\/content\/(deck-files|built-in-packs|device-script-map)\.ts$|\/i18n\/(author|cardBrowser|aids|exports)\/(zh|en)\.ts$|\/class\/(SavedClasses|ClassRecord|QuestionChooser|results\/ClassKeeper|results\/RoundsPanel)\.svelte$|\/components\/(SourcePanel|FirstRunGuide|share\/SharePanel)\.svelte$/;
/**
 * Web workers fetched when a feature first starts them: the FSRS optimizer's, its helpers and its WebAssembly,
 * and the statistics worker (about 42 KB: it carries its own copy of the database library), kept with the
 * statistics page once it is opened.
 */
const onDemandWorkerFile = /\/_app\/immutable\/workers\//;
/**
 * Pages that exist once per question, paragraph or deck, and the export files: they are many (their number
 * grows with the content), so they are cached as they are visited. The card browser and the teacher's projector,
 * results and worksheet too: tools opened on purpose (online, where a class's link is made), kept once opened;
 * offline before that they say they are not saved yet. So are the reading aids' pages (names and terms; dates and
 * places): each carries its whole list or map in its HTML and data (tens of KB), opened now and then; and the
 * statistics page, whose worker and charts are about 60 KB. This keeps the first visit within its 500 KB (the
 * reading aids, word cards and read-aloud took it to 518 KB with statistics in the shell). The other pages are the
 * app's daily screens: reading, review, quizzes, classes and settings. The article editor and the library's pages
 * (a device article, importing a pack file) are tools too: with them and "Deck files" in the shell a first visit
 * took 548 KB (issue 17); they are kept once opened. So are the pages of a device article's deck or question
 * (/decks/?id=…, /questions/?id=…: one page each, read in the browser), like the built-in ones.
 */
const perItemPage =
	/^(en\/)?((questions|decks|article)\/[^/]+\/|(questions|decks)\/$|exports\/|cards\/|stats\/|names\/|places-and-dates\/|class\/(projector|results|worksheet)\/|author\/|library\/)/;
/**
 * The routes of those pages: the scripts only they use are kept with them, once used (offline, a page that was
 * never opened cannot be shown anyway: its data is not on the device).
 */
const perItemRoute =
	/^\[\[lang=lang\]\]\/((questions|decks|article)\/\[[^/]+\]|questions|decks|cards|stats|names|places-and-dates|class\/(projector|results|worksheet)|author|library|library\/import)$/;

/** Scripts and styles reachable from every screen, without the on-demand libraries and per-item pages' code. */
function reachableFiles(manifest: BuildManifest, nodeRoutes: Record<string, string> = {}): Set<string> {
	const onDemandKeys = new Set(
		Object.keys(manifest).filter(
			(key) => onDemandModule.test(key) || perItemRoute.test(nodeRoutes[key] ?? '')
		)
	);
	const found = new Set<string>();
	const visited = new Set<string>();
	const visit = (key: string) => {
		if (visited.has(key) || onDemandKeys.has(key)) return;
		visited.add(key);
		const entry = manifest[key];
		if (!entry) return;
		found.add(entry.file);
		for (const file of [...(entry.css ?? []), ...(entry.assets ?? [])]) found.add(file);
		for (const next of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])]) visit(next);
	};
	for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
	return found;
}

/** The path of a prerendered page's data file (what the router fetches to render it in the browser). */
export function dataFileOf(pagePath: string): string {
	return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}__data.json`;
}

/** Splits the build into the app shell (precached) and what is cached as it is used. */
export function precacheOf(output: BuildOutput): Precache {
	const { base, build, files, prerendered, manifest, nodeRoutes } = output;
	const reachable = manifest ? reachableFiles(manifest, nodeRoutes) : undefined;
	const scripts = build.filter(
		(path) => !onDemandWorkerFile.test(path) && (!reachable || reachable.has(path.slice(base.length + 1)))
	);
	const relative = (path: string) => path.slice(base.length + 1);
	const prerenderedSet = new Set(prerendered);
	const contentFiles = prerendered.filter(
		(path) => relative(path).startsWith('content/') && path.endsWith('.json')
	);
	// The app's screens: each one's data file, so the fallback shell can render it offline. The home pages'
	// HTML too, so that the app opens offline painted, as it does online.
	const screens = prerendered.filter(
		(path) => (path.endsWith('/') || path === base) && !perItemPage.test(relative(path))
	);
	const screenData = screens.map(dataFileOf).filter((path) => prerenderedSet.has(path));
	const homes = [`${base}/`, `${base}/en/`].filter((path) => prerenderedSet.has(path));
	const fallbackPage = `${base}/404.html`;
	const contentList = `${base}/content/files.json`;
	// The content files themselves are chosen at install, from the list (contentToPrecache).
	const shell = [...new Set([...scripts, ...files, contentList, ...screenData, ...homes, fallbackPage])];
	return { shell, contentList, fallbackPage, contentFiles };
}

/**
 * The content files to precache, in the list's order, while their gzipped sizes add up to at most the budget: the
 * index first (no page works without it), so either it and the decks after it fit, or nothing does. Only files of
 * this build (`known`) are named; the list's paths are relative to the site's root.
 */
export function contentToPrecache(
	list: ContentFileList,
	base: string,
	known: ReadonlySet<string>,
	budgetBytes = contentPrecacheBudgetBytes
): string[] {
	const chosen: string[] = [];
	let total = 0;
	for (const file of list.files) {
		total += file.gzipBytes;
		if (total > budgetBytes) break;
		const path = `${base}${file.path}`;
		if (known.has(path)) chosen.push(path);
	}
	return chosen;
}

/** The build's hashed files an HTML page loads (`_app/immutable/…`), as absolute paths. */
export function immutableReferences(html: string, base: string): string[] {
	return [...new Set(html.match(/_app\/immutable\/[\w./@-]+?\.(?:js|css)/g) ?? [])].map(
		(reference) => `${base}/${reference}`
	);
}
