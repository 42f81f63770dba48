import { existsSync, readFileSync } from 'node:fs';
import type { Language } from '$lib/domain/language';
import type { BuildManifest } from '$lib/service-worker/precache';
import type { Area } from './messages';

// The client build's manifest: written before the pages are prerendered, it names each text module's chunk.
const manifestPath = '.svelte-kit/output/client/.vite/manifest.json';
let manifest: BuildManifest | null | undefined;

function clientManifest(): BuildManifest | null {
	if (manifest === undefined)
		manifest = existsSync(manifestPath)
			? (JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest)
			: null;
	return manifest;
}

/**
 * The built scripts of a page's texts (its language's common module and areas, and what they import), as paths
 * under the build's root, so that the prerendered page preloads them with its other scripts instead of finding
 * them only once the root layout's load runs. Empty outside a build.
 */
export function messageScripts(language: Language, areas: readonly Area[]): string[] {
	const built = clientManifest();
	if (!built) return [];
	const files = new Set<string>();
	const visit = (key: string) => {
		const entry = built[key];
		if (!entry || files.has(entry.file)) return;
		files.add(entry.file);
		for (const next of entry.imports ?? []) visit(next);
	};
	for (const area of ['common', ...areas]) visit(`src/lib/i18n/${area}/${language}.ts`);
	return [...files];
}

/** Module preload tags for built scripts, relative to a page at this depth below the site's root (as SvelteKit's). */
export function modulePreloadTags(scripts: readonly string[], depth: number): string {
	const prefix = depth === 0 ? './' : '../'.repeat(depth);
	return scripts.map((file) => `<link href="${prefix}${file}" rel="modulepreload">`).join('');
}
