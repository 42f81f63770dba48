// Which files the service worker downloads when it installs (the app shell), and which it keeps only once they are
// used. Pure: given what the build produced, it returns lists; the worker does the fetching.

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
	/** The text of each generated route node, keyed like the manifest: it names the route's files. */
	nodeSources?: Record<string, string>;
};

export type Precache = {
	/** Downloaded at install, all or nothing. */
	shell: string[];
	/** Page shell served for an address that is not cached (it renders the route in the browser). */
	fallbackPage: string;
	/** Content files (content/: the index, one file per deck, the article), each stamped with the build's version
	 *  (checked at install). The whole catalog in one file (content.json) is for tools: no page needs it. */
	contentFiles: string[];
};

/** Routes whose code is fetched the first time they are opened: the statistics page and its charts. */
const onDemandRoute = /\/routes\/[^"]*\/stats\/\+page/;
/**
 * Libraries fetched the first time a feature needs them: the camera's QR decoder, the FSRS optimizer, the
 * in-page database a quiz uses when the browser's storage is refused.
 */
const onDemandModule = /node_modules\/(jsqr|fsrs-browser|fake-indexeddb)\//;
/** Web workers (statistics, FSRS optimizer) and their WebAssembly: fetched when first started. */
const workerFile = /\/_app\/immutable\/workers\//;
/**
 * Pages that exist once per question, paragraph or deck, and the export files: they are many (their number
 * grows with the content), so they are cached as they are visited. The other pages are the app's own screens.
 */
const perItemPage = /^(en\/)?((questions|decks|article)\/[^/]+\/|exports\/)/;

/** Scripts and styles reachable from every route except the on-demand ones. */
function reachableFiles(manifest: BuildManifest, nodeSources: Record<string, string>): Set<string> {
	const onDemandKeys = new Set(
		Object.keys(manifest).filter((key) => {
			const source = nodeSources[`/${key}`] ?? nodeSources[key];
			return (source !== undefined && onDemandRoute.test(source)) || onDemandModule.test(key);
		})
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
	const { base, build, files, prerendered, manifest, nodeSources = {} } = output;
	const reachable = manifest ? reachableFiles(manifest, nodeSources) : undefined;
	const scripts = build.filter(
		(path) => !workerFile.test(path) && (!reachable || reachable.has(path.slice(base.length + 1)))
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
	const shell = [...new Set([...scripts, ...files, ...contentFiles, ...screenData, ...homes, fallbackPage])];
	return { shell, fallbackPage, contentFiles };
}

/** The build's hashed files an HTML page loads (`_app/immutable/…`), as absolute paths. */
export function immutableReferences(html: string, base: string): string[] {
	return [...new Set(html.match(/_app\/immutable\/[\w./@-]+?\.(?:js|css)/g) ?? [])].map(
		(reference) => `${base}/${reference}`
	);
}
