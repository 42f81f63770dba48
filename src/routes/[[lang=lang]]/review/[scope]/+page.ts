import { browser } from '$app/environment';
import { paragraphNumbersOf } from '$lib/content/content-index';
import { decksOrNull } from '$lib/content/client';
import type { Question } from '$lib/domain/question';
import type { PageLoad } from './$types';

/** The questions of a review and their paragraphs' numbers; null when they cannot be fetched. */
export type ReviewContent = { questions: Question[]; paragraphNumbers: Record<string, number> } | null;

async function reviewContent(fetcher: typeof fetch, scope: string): Promise<ReviewContent> {
	const loaded = await decksOrNull(fetcher, (index) =>
		index.decks.filter((deck) => scope === 'all' || deck.id === scope).map((deck) => deck.id)
	);
	if (!loaded) return null;
	return {
		questions: loaded.decks.flatMap((deck) => deck.questions),
		paragraphNumbers: paragraphNumbersOf(loaded.index)
	};
}

// A review session lives in the browser (IndexedDB). The prerendered page is its header and an empty card area
// (so nothing moves when the card arrives); the content index and the decks in scope are fetched in the browser,
// and not awaited here, so the page paints before they arrive. Offline before the app was ever cached, the page
// offers a retry rather than an error page.
export const load: PageLoad = ({ params, fetch, data }) => ({
	...data,
	scope: params.scope,
	content: browser ? reviewContent(fetch, params.scope) : undefined
});
