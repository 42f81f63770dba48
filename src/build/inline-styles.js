// Build-time helper (plain JavaScript: svelte.config.js runs it in Node after the build): the stylesheets of the
// pages opened first from a link (review, a quiz, joining a class), inline in their HTML.
//
// Those pages are the ones a phone opens with nothing cached, from a link a teacher shared or a bookmark, and their
// first paint waited for six or seven stylesheet files, each a request on a link that fetches six at a time
// (issue 12). Inline, the page paints as soon as its HTML is in. Every other page links its stylesheets, which the
// browser then keeps for the next page; the homes' HTML is precached by the service worker, so it stays small. Each
// link stays in the page, disabled (as SvelteKit's own inlineStyleThreshold leaves it), so that the app's scripts
// see the stylesheet as loaded and do not fetch it again on a later navigation.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { firstPagesBuilt } from './first-pages.js';

const stylesheetLinks = /(?:<link href="[^"]+" rel="stylesheet">\s*)+/g;
const href = /<link href="([^"]+)" rel="stylesheet">/g;

/**
 * Puts a page's stylesheets inline, in their order, each run of links becoming one <style> followed by the links,
 * disabled. A stylesheet outside the build (none today) keeps its link.
 * @param {string} buildDir
 * @param {string} page path of the HTML file, relative to buildDir
 * @param {(file: string) => string} read reads a stylesheet (the build's pages share most of theirs)
 * @returns {number} how many stylesheets went inline
 */
export function inlineStylesheets(buildDir, page, read = (file) => readFileSync(file, 'utf8')) {
	const path = join(buildDir, page);
	const html = readFileSync(path, 'utf8');
	const root = resolve(buildDir);
	const folder = dirname(resolve(path));
	let count = 0;
	const result = html.replace(stylesheetLinks, (run) => {
		const links = [...run.matchAll(href)].map((match) => match[1] ?? '');
		const files = links.map((link) => resolve(link.startsWith('/') ? root : folder, link.startsWith('/') ? `.${link}` : link));
		if (files.some((file) => relative(root, file).startsWith('..'))) return run;
		count += files.length;
		const css = files.map(read).join('\n');
		const disabled = links.map((link) => `<link href="${link}" rel="stylesheet" disabled media="(max-width: 0)">`);
		return `<style>${css}</style>${disabled.join('')}`;
	});
	if (count > 0) writeFileSync(path, result);
	return count;
}

/**
 * Puts the stylesheets inline on every page of the build that is one of the pages opened first (first-pages.js).
 * @param {string} buildDir
 * @returns {number} pages changed
 */
export function inlineStylesInBuild(buildDir) {
	const pages = /** @type {string[]} */ (readdirSync(buildDir, { recursive: true, encoding: 'utf8' }))
		.map((page) => page.split(sep).join('/'))
		.filter((page) => firstPagesBuilt.test(page));
	/** @type {Map<string, string>} */
	const read = new Map();
	const cached = (/** @type {string} */ file) => {
		if (!read.has(file)) read.set(file, readFileSync(file, 'utf8'));
		return /** @type {string} */ (read.get(file));
	};
	return pages.filter((page) => inlineStylesheets(buildDir, page, cached) > 0).length;
}
