// Build-time helper (plain JavaScript: svelte.config.js runs it in Node after the build): `vite preview` (and so
// `npm start` and the end-to-end tests) serves SvelteKit's own prerendered pages from .svelte-kit/output, not build/,
// so it would not show what the build's later steps wrote into the pages (the preloads and stylesheets SvelteKit
// leaves out, the first pages' inline styles). Copying each page back makes the preview serve what is deployed.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Where SvelteKit keeps the prerendered pages that `vite preview` serves. */
export const previewPagesDir = '.svelte-kit/output/prerendered/pages';

/**
 * Copies every HTML page of the build over SvelteKit's copy of it (a page SvelteKit has no copy of is left out).
 * @param {string} buildDir
 * @param {string} pagesDir
 * @returns {number} pages copied
 */
export function copyPagesToPreview(buildDir, pagesDir = previewPagesDir) {
	let copied = 0;
	for (const entry of readdirSync(buildDir, { recursive: true, encoding: 'utf8' })) {
		const page = entry.split(sep).join('/');
		if (!page.endsWith('.html') || page.startsWith('_app/')) continue;
		const target = join(pagesDir, page);
		if (!existsSync(target)) continue;
		copyFileSync(join(buildDir, page), target);
		copied++;
	}
	return copied;
}
