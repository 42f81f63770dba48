// What each prerendered page makes a browser download before it can run: the scripts it preloads or imports, and
// what they import statically (its critical JS), its stylesheets and the page itself, each gzipped as a static host would send it.
// Used by the size check in `npm test` (tests/size/check.mjs) and by the benchmark (tests/bench/).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	clientManifestPath,
	stylesheetsByScript,
	unlinkedStylesheets,
	withStaticImports
} from '../../src/build/module-preloads.js';

/** @typedef {import('./budgets.mjs').RouteBudget} RouteBudget */
/** @typedef {keyof typeof heavyCode} HeavyCode */

/**
 * Code some pages must never load, each recognized by strings its built files always contain: the statistics
 * charts' `data-chart` attribute, and fsrs-browser's WebAssembly glue.
 */
export const heavyCode = {
	charts: { name: 'chart code', pattern: /data-chart=/ },
	optimizer: { name: 'optimizer code (fsrs-browser)', pattern: /fsrs_browser|computeParametersAnki/ }
};
/**
 * @typedef {{ page: string, criticalJsBytes: number, cssBytes: number, htmlBytes: number, scriptCount: number }} PageSize
 * @typedef {{ budget: RouteBudget, pages: number, largestJs: PageSize | undefined, largestHtml: PageSize | undefined }} RouteSize
 */

/** @type {Map<string, number>} */
const gzCache = new Map();

/**
 * The gzipped size of a file in bytes (zlib's default level 6, what most static hosts send).
 * @param {string} file
 */
export function gzipBytes(file) {
	let size = gzCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file)).length;
		gzCache.set(file, size);
	}
	return size;
}

/**
 * Every prerendered page of a build, as paths relative to the build folder (404.html included).
 * @param {string} buildDir
 */
export function prerenderedPages(buildDir) {
	/** @type {string[]} */
	const pages = [];
	/** @param {string} folder */
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name.endsWith('.html')) pages.push(relative(buildDir, path));
		}
	};
	walk(buildDir);
	return pages.sort();
}

const modulepreload = /<link\s+href="([^"]+)"\s+rel="modulepreload"/g;
const stylesheet = /<link\s+href="([^"]+)"\s+rel="stylesheet"/g;
const inlineImport = /import\("([^"]+\.js)"\)/g;

/**
 * The scripts and stylesheets a page loads before it runs, as files of the build.
 * @param {string} buildDir
 * @param {string} page
 */
export function pageAssets(buildDir, page) {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const folder = dirname(join(buildDir, page));
	// Pages use relative addresses; the fallback page (404.html), served at any address, uses absolute ones.
	/** @param {string} href */
	const file = (href) => resolve(href.startsWith('/') ? join(buildDir, href) : resolve(folder, href));
	/** @param {RegExp} pattern */
	const files = (pattern) => [...new Set([...html.matchAll(pattern)].map((match) => file(match[1] ?? '')))];
	return {
		html,
		scripts: withStaticImports([...new Set([...files(modulepreload), ...files(inlineImport)])]),
		styles: files(stylesheet)
	};
}

/**
 * Bytes (gzipped) a first visit to the page downloads before its scripts run: critical JS, CSS and the HTML.
 * @param {string} buildDir
 * @param {string} page
 * @returns {PageSize}
 */
export function pageSize(buildDir, page) {
	return sizeOf(page, pageAssets(buildDir, page));
}

/**
 * The same, from the page's assets already read (pageAssets).
 * @param {string} page
 * @param {ReturnType<typeof pageAssets>} assets
 * @returns {PageSize}
 */
function sizeOf(page, { html, scripts, styles }) {
	/** @param {string[]} list */
	const sum = (list) => list.reduce((total, file) => total + gzipBytes(file), 0);
	return {
		page,
		criticalJsBytes: sum(scripts),
		cssBytes: sum(styles),
		htmlBytes: gzipSync(html).length,
		scriptCount: scripts.length
	};
}

/**
 * Measures every prerendered page of a build against the route budgets: each route's largest page, and every
 * way the build breaks them (a page over its route's JS, HTML or script-count budget, a page no budget covers, a
 * script or stylesheet a page needs before it runs that its HTML does not list).
 * @param {string} buildDir
 * @param {RouteBudget[]} budgets
 * @param {string} manifestPath the client build's manifest (which names each script's stylesheets)
 * @returns {{ routes: RouteSize[], failures: string[] }}
 */
export function checkBudgets(buildDir, budgets, manifestPath = clientManifestPath) {
	const styles = stylesheetsByScript(buildDir, manifestPath);
	/** @type {Map<string, RouteSize>} */
	const measured = new Map(
		budgets.map((budget) => [
			budget.route,
			{ budget, pages: 0, largestJs: undefined, largestHtml: undefined }
		])
	);
	/** @type {string[]} */
	const failures = [];
	/** @type {Map<string, string>} */
	const texts = new Map();
	/** @param {string} file */
	const text = (file) => {
		let content = texts.get(file);
		if (content === undefined) texts.set(file, (content = readFileSync(file, 'utf8')));
		return content;
	};
	for (const page of prerenderedPages(buildDir)) {
		const budget = budgets.find((candidate) => candidate.pages.test(page));
		const entry = budget && measured.get(budget.route);
		if (!entry) {
			failures.push(
				`${page}: no route in tests/size/budgets.mjs covers this page; add a budget for its route`
			);
			continue;
		}
		// Read once: the page's scripts (its preloads and what they import) serve every check below.
		const assets = pageAssets(buildDir, page);
		const { html, scripts } = assets;
		const size = sizeOf(page, assets);
		entry.pages++;
		// Every script fetched before the page runs is listed among its preloads, so none waits a round trip.
		const unlisted = scripts.find((script) => !html.includes(script.split('/').at(-1) ?? ''));
		if (unlisted)
			failures.push(
				`${budget.route}: ${page} imports ${relative(buildDir, unlisted)} without preloading it (fetched a round trip late; see src/build/module-preloads.js)`
			);
		// Every stylesheet those scripts need is linked, so the page does not paint without it and then move.
		for (const sheet of unlinkedStylesheets(scripts, assets.styles, styles))
			failures.push(
				`${budget.route}: ${page} runs scripts that need ${relative(buildDir, sheet)} without linking it (the page would move when it arrives; see src/build/module-preloads.js)`
			);
		// Each script is a request: on a host speaking HTTP/1.1 a phone fetches six at a time.
		if (budget.maxScripts !== undefined && size.scriptCount > budget.maxScripts)
			failures.push(
				`${budget.route}: ${page} loads ${size.scriptCount} scripts before it runs, over its budget of ${budget.maxScripts} (see vite.config.ts)`
			);
		for (const kind of budget.without ?? []) {
			const { name, pattern } = heavyCode[kind];
			for (const script of scripts)
				if (pattern.test(text(script)))
					failures.push(
						`${budget.route}: ${page} loads ${name} in ${relative(buildDir, script)}; load it only on the pages that need it`
					);
		}
		if (!entry.largestJs || size.criticalJsBytes > entry.largestJs.criticalJsBytes) entry.largestJs = size;
		if (!entry.largestHtml || size.htmlBytes > entry.largestHtml.htmlBytes) entry.largestHtml = size;
	}
	/** @param {number} bytes */
	const kib = (bytes) => (bytes / 1024).toFixed(1);
	for (const { budget, largestJs, largestHtml } of measured.values()) {
		if (largestJs && largestJs.criticalJsBytes > budget.criticalJsKiB * 1024) {
			failures.push(
				`${budget.route}: ${largestJs.page} loads ${kib(largestJs.criticalJsBytes)} KiB of critical JS (gzip), over its budget of ${budget.criticalJsKiB} KiB`
			);
		}
		if (budget.htmlKiB !== undefined && largestHtml && largestHtml.htmlBytes > budget.htmlKiB * 1024) {
			failures.push(
				`${budget.route}: ${largestHtml.page} is ${kib(largestHtml.htmlBytes)} KiB of HTML (gzip), over its budget of ${budget.htmlKiB} KiB`
			);
		}
	}
	return { routes: [...measured.values()], failures };
}
