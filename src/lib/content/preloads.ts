import { contentPaths } from './content-index';

/**
 * The content files a prerendered shell will fetch as soon as its script runs, so its HTML can ask for them at
 * once (<link rel="preload" as="fetch">) instead of after the scripts: a review page its deck, quiz and class
 * pages the index. Keyed by SvelteKit route id; the review of "all" preloads only the index (its decks follow).
 */
export function contentPreloads(
	routeId: string | null,
	params: Record<string, string | undefined>
): string[] {
	switch (routeId) {
		case '/[[lang=lang]]/review/[scope]':
			// The learner's word cards ("my-cards") are in the browser's storage: the index alone (paragraph numbers).
			return params.scope && params.scope !== 'all' && params.scope !== 'my-cards'
				? [contentPaths.index, contentPaths.deck(params.scope)]
				: [contentPaths.index];
		case '/[[lang=lang]]/quiz':
		case '/[[lang=lang]]/quiz/take':
		case '/[[lang=lang]]/quiz/history':
		case '/[[lang=lang]]/class':
		case '/[[lang=lang]]/class/join':
		case '/[[lang=lang]]/class/projector':
		case '/[[lang=lang]]/class/worksheet':
		case '/[[lang=lang]]/class/results':
		case '/[[lang=lang]]/class/assign':
		case '/[[lang=lang]]/stats':
			return [contentPaths.index];
		default:
			return [];
	}
}

/** The preload tags for these paths under a base path; crossorigin matches the credentials of a plain fetch. */
export const preloadTags = (base: string, paths: readonly string[]) =>
	paths
		.map((path) => `<link rel="preload" href="${base}${path}" as="fetch" crossorigin="anonymous">`)
		.join('');
