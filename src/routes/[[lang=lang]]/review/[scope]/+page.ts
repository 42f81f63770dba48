import { browser } from '$app/environment';
import { articleOfId, articlesOf, paragraphNumbersOf, type DeckSummary } from '$lib/content/content-index';
import type { Bilingual } from '$lib/domain/language';
import { decksOrNull } from '$lib/content/client';
import type { Question } from '$lib/domain/question';
import type { PageLoad } from './$types';

/**
 * The questions of a review and their paragraphs' numbers, and the title of a review of one device deck or article
 * (`/review/all/?deck=<id>` or `?article=<id>`: those have no page of their own); null when they cannot be fetched.
 */
export type ReviewContent = {
	questions: Question[];
	paragraphNumbers: Record<string, number>;
	title?: Bilingual | string;
	/** A device deck or article the address names and this device does not have. */
	missing?: boolean;
} | null;

/** What part of "all" an address asks for: one device deck or one article's decks. */
export type ReviewFilter = { deck: string | null; article: string | null };

async function reviewContent(
	fetcher: typeof fetch,
	scope: string,
	filter: ReviewFilter
): Promise<ReviewContent> {
	const inScope = (deck: DeckSummary) =>
		filter.deck !== null
			? deck.id === filter.deck
			: filter.article !== null
				? articleOfId(deck.id) === filter.article
				: scope === 'all' || deck.id === scope;
	const loaded = await decksOrNull(fetcher, (index) => index.decks.filter(inScope).map((deck) => deck.id));
	if (!loaded) return null;
	const deck = filter.deck === null ? undefined : loaded.index.decks.find((one) => one.id === filter.deck);
	const article = articlesOf(loaded.index).find((one) => one.id === filter.article);
	return {
		questions: loaded.decks.flatMap((one) => one.questions),
		paragraphNumbers: paragraphNumbersOf(loaded.index),
		...(deck ? { title: deck.title } : article ? { title: article.title } : {}),
		...((filter.deck !== null && !deck) || (filter.article !== null && !article) ? { missing: true } : {})
	};
}

// A review session lives in the browser (IndexedDB). The prerendered page is its header and an empty card area
// (so nothing moves when the card arrives); the content index and the decks in scope are fetched in the browser,
// and not awaited here, so the page paints before they arrive. Offline before the app was ever cached, the page
// offers a retry rather than an error page.
export const load: PageLoad = ({ params, fetch, data, url }) => {
	// The query is read in the browser only (a prerendered page has none).
	const filter: ReviewFilter = browser
		? { deck: url.searchParams.get('deck'), article: url.searchParams.get('article') }
		: { deck: null, article: null };
	return {
		...data,
		scope: params.scope,
		filter,
		/** What the screen is keyed by: another deck or article is another session. */
		scopeKey: `${params.scope}?${filter.deck ?? ''}&${filter.article ?? ''}`,
		content: browser ? reviewContent(fetch, params.scope, filter) : undefined
	};
};
