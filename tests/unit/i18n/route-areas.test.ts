import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areas } from '$lib/i18n/messages';
import { routeAreas } from '$lib/i18n/route-areas';
import { usedAreas } from './used-areas';

/** Every route with a page, as SvelteKit names it, and the files its page starts from. */
function pageRoutes(): { routeId: string; entries: string[] }[] {
	const pages = (readdirSync('src/routes', { recursive: true }) as string[]).filter((path) =>
		/(^|\/)\+page\.svelte$/.test(path)
	);
	return pages.sort().map((path) => {
		const folder = `src/routes/${path.replace(/\/?\+page\.svelte$/, '')}`.replace(/\/$/, '');
		return {
			routeId: folder.slice('src/routes'.length) || '/',
			entries: ['+page.svelte', '+page.ts'].map((file) => `${folder}/${file}`).filter(existsSync)
		};
	});
}

// A component that reads an area its page did not load fails only when it is shown; this finds it before that.
describe('the message areas each route loads', () => {
	const routes = pageRoutes();
	const listed = routeAreas as Record<string, readonly string[]>;

	it('lists every page of the app', () => {
		expect(routes.length).toBeGreaterThan(0);
		expect(Object.keys(listed).sort()).toEqual(routes.map((route) => route.routeId).sort());
	});

	it.each(routes)('$routeId loads exactly the areas its components read', ({ routeId, entries }) => {
		expect([...(listed[routeId] ?? [])].sort()).toEqual([...usedAreas(entries, areas)].sort());
	});

	it('the layouts and the error page read only the common texts, which every page has', () => {
		const shared = [
			'src/routes/+layout.svelte',
			'src/routes/+error.svelte',
			'src/routes/[[lang=lang]]/+layout.svelte'
		];
		expect([...usedAreas(shared, areas)]).toEqual([]);
	});
});
