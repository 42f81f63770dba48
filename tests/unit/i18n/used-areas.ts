// Which message areas a route's components read, found by following the route's imports (static and dynamic)
// through src/ and looking for `t.<area>` in each file. Used to check src/lib/i18n/route-areas.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

function resolveImport(from: string, specifier: string): string | undefined {
	let base: string;
	if (specifier.startsWith('$lib/')) base = join(root, 'src/lib', specifier.slice(5));
	else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else return undefined;
	for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')])
		if (existsSync(candidate) && /\.(svelte|ts|js)$/.test(candidate)) return candidate;
	return undefined;
}

/** The areas (of `areas`) the files reachable from these entry files read as `t.<area>`. */
export function usedAreas(entries: string[], areas: readonly string[]): Set<string> {
	const seen = new Set<string>();
	const found = new Set<string>();
	const areaPattern = new RegExp(`\\bt\\.(${areas.join('|')})\\b`, 'g');
	const visit = (file: string) => {
		// The catalog itself is not a reader of texts.
		if (seen.has(file) || file.includes('/src/lib/i18n/')) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(areaPattern)) found.add(match[1] ?? '');
		for (const match of text.matchAll(importPattern)) {
			const next = resolveImport(file, match[1] ?? '');
			if (next) visit(next);
		}
	};
	for (const entry of entries) visit(join(root, entry));
	return found;
}
