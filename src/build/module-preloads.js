// Build-time helper (plain JavaScript: svelte.config.js and the size check run it in Node): the scripts a page's
// preloaded scripts import statically, which the browser must fetch before the page runs.
//
// SvelteKit lists a page's preloads by walking the build's manifest once, and a chunk it first meets as a dynamic
// import is never listed again, even where the page imports it statically (find_deps in
// @sveltejs/kit/src/exports/vite/build/utils.js: `seen` is shared by both kinds). The database library is such a
// chunk: review, the quiz pages, the card browser and two class pages fetched it one round trip late.
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

/**
 * Adds to a page's HTML a modulepreload for each script its preloaded scripts import statically that it does not
 * list yet, before its first one (fetched as early as the page's other first needs: src/lib/server/page-head.ts),
 * written as its other preloads are (relative to the page, or from the root).
 * @param {string} buildDir
 * @param {string} page path of the HTML file, relative to buildDir
 * @returns {number} how many preloads were added
 */
export function listStaticImports(buildDir, page) {
	const path = join(buildDir, page);
	const html = readFileSync(path, 'utf8');
	const links = [...html.matchAll(modulepreload)];
	const first = links[0];
	if (!first || first.index === undefined) return 0;
	const folder = dirname(resolve(path));
	const root = resolve(buildDir);
	/** @param {string} href */
	const fileOf = (href) => resolve(href.startsWith('/') ? root : folder, href.startsWith('/') ? `.${href}` : href);
	const listed = links.map((link) => fileOf(link[1] ?? ''));
	const missing = withStaticImports(listed).filter((file) => !listed.includes(file));
	if (missing.length === 0) return 0;
	const absolute = (first[1] ?? '').startsWith('/');
	const prefix = absolute ? (first[1] ?? '').slice(0, (first[1] ?? '').indexOf('/_app/')) : '';
	const hrefOf = (/** @type {string} */ file) =>
		absolute ? `${prefix}/${relative(root, file)}` : (relative(folder, file).startsWith('.') ? '' : './') + relative(folder, file);
	const added = missing.map((file) => `<link href="${hrefOf(file)}" rel="modulepreload">`).join('\n\t\t');
	writeFileSync(path, `${html.slice(0, first.index)}${added}\n\t\t${html.slice(first.index)}`);
	return missing.length;
}

/**
 * Lists the missing static imports in every HTML page of a build (skipping _app/).
 * @param {string} buildDir
 * @returns {number} pages changed
 */
export function listStaticImportsInBuild(buildDir) {
	let changed = 0;
	/** @param {string} folder */
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name.endsWith('.html') && listStaticImports(buildDir, relative(buildDir, path)) > 0) changed++;
		}
	};
	walk(buildDir);
	return changed;
}
