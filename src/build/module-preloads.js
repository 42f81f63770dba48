// Build-time helper (plain JavaScript: svelte.config.js and the size check run it in Node): the scripts a page's
// preloaded scripts import statically, which the browser must fetch before the page runs.
//
// SvelteKit lists a page's preloads by walking the build's manifest once, and a chunk it first meets as a dynamic
// import is never listed again, even where the page imports it statically (find_deps in
// @sveltejs/kit/src/exports/vite/build/utils.js: `seen` is shared by both kinds). The database library is such a
// chunk: review, the quiz pages, the card browser and two class pages fetched it one round trip late. The same walk
// leaves out such a chunk's stylesheet: the page would paint without it and move once its script ran, so each page's
// HTML also links the stylesheets of every script it loads before it runs.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// A static import or re-export in a built chunk (`import{a as b}from"./x.js"`, `import"./x.js"`, `export*from…`);
// never a dynamic `import("./x.js")`.
const staticImport = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$\s{},*]+?from\s*)?["']([^"']+\.js)["']/g;

/**
 * The scripts and every script they import statically, transitively (absolute paths; files that do not exist are
 * left out).
 * @param {string[]} scripts absolute paths
 * @returns {string[]}
 */
export function withStaticImports(scripts) {
	const found = new Set(scripts);
	const queue = [...scripts];
	for (let script = queue.shift(); script !== undefined; script = queue.shift()) {
		if (!existsSync(script)) continue;
		for (const match of readFileSync(script, 'utf8').matchAll(staticImport)) {
			const imported = resolve(dirname(script), match[1] ?? '');
			if (!found.has(imported) && existsSync(imported)) {
				found.add(imported);
				queue.push(imported);
			}
		}
	}
	return [...found];
}

const modulepreload = /<link\s+href="([^"]+)"\s+rel="modulepreload"[^>]*>/g;
const stylesheetLink = /<link\s+href="([^"]+)"\s+rel="stylesheet"[^>]*>/g;

/** Where the client build writes its manifest (which names each script's stylesheets). */
export const clientManifestPath = '.svelte-kit/output/client/.vite/manifest.json';

/**
 * The stylesheets each built script needs, from the client build's manifest, as absolute paths (none without one).
 * @param {string} buildDir
 * @param {string} manifestPath
 * @returns {Map<string, string[]>}
 */
export function stylesheetsByScript(buildDir, manifestPath = clientManifestPath) {
	/** @type {Map<string, string[]>} */
	const styles = new Map();
	if (!existsSync(manifestPath)) return styles;
	/** @type {Record<string, { file: string, css?: string[] }>} */
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const root = resolve(buildDir);
	for (const { file, css } of Object.values(manifest))
		if (css?.length) styles.set(join(root, file), css.map((sheet) => join(root, sheet)));
	return styles;
}

/**
 * The stylesheets the scripts need that the page does not link (absolute paths).
 * @param {string[]} scripts absolute paths
 * @param {string[]} linked absolute paths
 * @param {Map<string, string[]>} styles
 */
export function unlinkedStylesheets(scripts, linked, styles) {
	const needed = new Set(scripts.flatMap((script) => styles.get(script) ?? []));
	return [...needed].filter((sheet) => !linked.includes(sheet));
}

/**
 * Adds to a page's HTML a modulepreload for each script its preloaded scripts import statically that it does not
 * list yet, before its first one (they are fetched as early as the page's other first needs: src/lib/server/page-head.ts),
 * and a stylesheet link for each stylesheet those scripts need that it does not link, with its other stylesheets;
 * each written as the page's other links are (relative to the page, or from the root).
 * @param {string} buildDir
 * @param {string} page path of the HTML file, relative to buildDir
 * @param {Map<string, string[]>} styles each script's stylesheets (stylesheetsByScript)
 * @returns {number} how many links were added
 */
export function listStaticImports(buildDir, page, styles = stylesheetsByScript(buildDir)) {
	const path = join(buildDir, page);
	let html = readFileSync(path, 'utf8');
	const links = [...html.matchAll(modulepreload)];
	const first = links[0];
	if (!first || first.index === undefined) return 0;
	const folder = dirname(resolve(path));
	const root = resolve(buildDir);
	/** @param {string} href */
	const fileOf = (href) => resolve(href.startsWith('/') ? root : folder, href.startsWith('/') ? `.${href}` : href);
	const listed = links.map((link) => fileOf(link[1] ?? ''));
	const scripts = withStaticImports(listed);
	const missing = scripts.filter((file) => !listed.includes(file));
	const sheets = [...html.matchAll(stylesheetLink)];
	const unlinked = unlinkedStylesheets(
		scripts,
		sheets.map((sheet) => fileOf(sheet[1] ?? '')),
		styles
	);
	if (missing.length === 0 && unlinked.length === 0) return 0;
	const absolute = (first[1] ?? '').startsWith('/');
	const prefix = absolute ? (first[1] ?? '').slice(0, (first[1] ?? '').indexOf('/_app/')) : '';
	const hrefOf = (/** @type {string} */ file) =>
		absolute ? `${prefix}/${relative(root, file)}` : (relative(folder, file).startsWith('.') ? '' : './') + relative(folder, file);
	const added = missing.map((file) => `<link href="${hrefOf(file)}" rel="modulepreload">\n\t\t`).join('');
	html = `${html.slice(0, first.index)}${added}${html.slice(first.index)}`;
	// After the page's other stylesheets (the cascade keeps its order), or before its first preload: the first paint
	// waits for them.
	const lastSheet = [...html.matchAll(stylesheetLink)].at(-1);
	const sheetAt =
		lastSheet?.index !== undefined
			? lastSheet.index + lastSheet[0].length
			: html.search(/<link\s+href="[^"]+"\s+rel="modulepreload"/);
	const linked = unlinked.map((file) => `\n\t\t<link href="${hrefOf(file)}" rel="stylesheet">`).join('');
	writeFileSync(path, `${html.slice(0, sheetAt)}${linked}${html.slice(sheetAt)}`);
	return missing.length + unlinked.length;
}

/**
 * Lists the missing static imports in every HTML page of a build (skipping _app/).
 * @param {string} buildDir
 * @returns {number} pages changed
 */
export function listStaticImportsInBuild(buildDir) {
	let changed = 0;
	const styles = stylesheetsByScript(buildDir);
	/** @param {string} folder */
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name.endsWith('.html') && listStaticImports(buildDir, relative(buildDir, path), styles) > 0)
				changed++;
		}
	};
	walk(buildDir);
	return changed;
}
