import type { RouteId } from '$app/types';
import type { Area } from './messages';

/**
 * The message areas each route's page shows (besides the common texts, which every page has). The root layout
 * loads exactly these, in the page's language; tests/unit/i18n/route-areas.test.ts checks the list against what
 * the route's components read. A new page needs a line here.
 */
export const routeAreas = {
	'/[[lang=lang]]': ['counts'],
	'/[[lang=lang]]/argument': ['argument', 'memoryMap'],
	'/[[lang=lang]]/author': ['answers', 'author'],
	'/[[lang=lang]]/names': ['aids'],
	'/[[lang=lang]]/places-and-dates': ['aids', 'memoryMap'],
	'/[[lang=lang]]/article': ['argument', 'memoryMap', 'reader', 'speech'],
	'/[[lang=lang]]/article/[paragraphId]': ['argument'],
	'/[[lang=lang]]/cards': ['cardBrowser'],
	'/[[lang=lang]]/class': ['classroom', 'quiz'],
	'/[[lang=lang]]/class/assign': ['classroom'],
	'/[[lang=lang]]/class/join': ['answers', 'classroom', 'quiz'],
	'/[[lang=lang]]/class/projector': ['classroom'],
	'/[[lang=lang]]/class/results': ['classroom'],
	'/[[lang=lang]]/class/worksheet': ['classroom'],
	'/[[lang=lang]]/decks': ['counts', 'exports', 'library'],
	'/[[lang=lang]]/decks/[deckId]': ['counts', 'exports'],
	'/[[lang=lang]]/questions': ['library'],
	'/[[lang=lang]]/questions/[questionId]': ['argument'],
	'/[[lang=lang]]/quiz': ['quiz'],
	'/[[lang=lang]]/quiz/history': ['quiz'],
	'/[[lang=lang]]/quiz/take': ['answers', 'quiz'],
	'/[[lang=lang]]/library': ['library'],
	'/[[lang=lang]]/library/import': ['author', 'library'],
	'/[[lang=lang]]/review/[scope]': ['answers', 'counts', 'library', 'review', 'speech'],
	'/[[lang=lang]]/settings': ['settings', 'stats'],
	'/[[lang=lang]]/stats': ['stats']
} as const satisfies Partial<Record<RouteId, readonly Area[]>>;

/** The areas a route loads; none for an address that matches no page (its error page shows common texts). */
export function areasOfRoute(routeId: string | null): readonly Area[] {
	return (routeId !== null && (routeAreas as Record<string, readonly Area[]>)[routeId]) || [];
}
