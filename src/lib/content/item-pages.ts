import type { Deck, Question } from '$lib/domain/question';
import { articleOfId, articlesOf, type ContentIndex } from './content-index';
import { fetchArticle, fetchDecks, fetchIndex } from './client';

// The pages of one deck or one question that the build did not prerender (an article on this device: its ids are
// known only in the browser), read from the content index and the device's articles. Any id the index knows works.

export type DeckPage = {
	deck: Deck;
	articleId: string;
	/** The article's title, when the index lists it. */
	articleTitle: string | undefined;
	/** The article's date, when the index lists it. */
	articleDate: string | undefined;
	paragraphNumbers: Record<string, number>;
};
export type QuestionPage = DeckPage & { question: Question };

const summaryOf = (index: ContentIndex, articleId: string) =>
	articlesOf(index).find((article) => article.id === articleId);

async function deckPage(fetcher: typeof fetch, index: ContentIndex, deckId: string): Promise<DeckPage> {
	const articleId = articleOfId(deckId);
	const [[deck], article] = await Promise.all([
		fetchDecks(fetcher, [deckId]),
		fetchArticle(fetcher, articleId)
	]);
	const paragraphNumbers = Object.fromEntries(article.paragraphs.map((p) => [p.id, p.number]));
	const summary = summaryOf(index, articleId);
	return {
		deck: deck!,
		articleId,
		articleTitle: summary?.title,
		articleDate: summary?.date,
		paragraphNumbers
	};
}

/** A deck's page, or null when no deck has this id (here). Throws CatalogUnavailableError when content cannot be read. */
export async function fetchDeckPage(fetcher: typeof fetch, deckId: string): Promise<DeckPage | null> {
	const index = await fetchIndex(fetcher);
	if (!index.decks.some((deck) => deck.id === deckId)) return null;
	return deckPage(fetcher, index, deckId);
}

/** A question's page (with its deck), or null when no question has this id (here). */
export async function fetchQuestionPage(
	fetcher: typeof fetch,
	questionId: string
): Promise<QuestionPage | null> {
	const index = await fetchIndex(fetcher);
	const holder = index.decks.find((deck) => deck.questions.some((stub) => stub.id === questionId));
	if (!holder) return null;
	const page = await deckPage(fetcher, index, holder.id);
	const question = page.deck.questions.find((candidate) => candidate.id === questionId);
	return question ? { ...page, question } : null;
}
