import type { Article } from '$lib/domain/article';
import type { Deck, Question } from '$lib/domain/question';
import { decodeQuizLink, QuizLinkError, type QuizLinkCatalog } from '$lib/domain/quiz/quiz-link';
import { reportError } from '$lib/platform/report';
import { fetchArticle, fetchDecks, fetchIndex, withDeviceArticles } from './client';
import { decksHolding, type ContentIndex, type QuestionStub } from './content-index';
import { linkCatalogsOf, type LinkIds } from './device-articles';

// The content a quiz link opens, apart from client.ts so that pages that open no link (review, the card browser)
// do not load the link's decoder.

/**
 * What a page that opens a quiz link needs: every question's id (a link counts positions in them), and the text
 * of only the decks that hold the link's questions, plus the article's paragraphs when the page quotes them.
 */
export type LinkContent = {
	version: string;
	/** Every question of the catalog, without text, in catalog order. */
	stubs: QuestionStub[];
	/** The decks holding the link's questions, in full. */
	decks: Deck[];
	/** Each paragraph's id and number. */
	paragraphs: ContentIndex['paragraphs'];
	/** Present when asked for. */
	article?: Article;
};

/** The catalog to read a link against: all ids, and the questions fetched. */
export function linkCatalog(content: LinkContent): QuizLinkCatalog & { questions: Question[] } {
	return {
		version: content.version,
		questionIds: content.stubs.map((question) => question.id),
		questions: content.decks.flatMap((deck) => deck.questions)
	};
}

/** The catalog among these that a token counts its positions in, and its question ids; QuizLinkError if none. */
function decodeAgainst(catalogs: readonly LinkIds[], token: string) {
	const decode = (against: LinkIds) =>
		decodeQuizLink(token, {
			version: against.version,
			questionIds: against.stubs.map((question) => question.id)
		}).questionIds;
	try {
		return { catalog: catalogs[0]!, questionIds: decode(catalogs[0]!) };
	} catch (error) {
		const named =
			error instanceof QuizLinkError && error.reason === 'content-version' ? error.linkContentVersion : null;
		const other = catalogs.find((candidate) => candidate.version === named);
		if (!other) throw error;
		return { catalog: other, questionIds: decode(other) };
	}
}

/**
 * The content a quiz link token needs, or null when it cannot be fetched. A token that does not decode against
 * the index gets no decks: reading it again (openQuizLink) then says why it is refused.
 */
export async function linkContentOrNull(
	fetcher: typeof fetch,
	token: string | null,
	options: { article?: boolean } = {}
): Promise<LinkContent | null> {
	try {
		// A link names the catalog it counts positions in by its content version: the built-in article's (every
		// link made before the library), a device article's, or all articles'. A link over the built-in articles
		// decodes against the built-in index alone, so its page shows the quiz without waiting for the database
		// (and its code) that holds the device's articles; those are read only for a link that counts them.
		let index = await fetchIndex(fetcher, { builtInOnly: true });
		let found: { catalog: LinkIds; questionIds: readonly string[] } | undefined;
		if (token !== null) {
			try {
				found = decodeAgainst(linkCatalogsOf(index), token);
			} catch (builtInError) {
				// Not a built-in catalog's link (or a damaged one, which the full index refuses the same way).
				if (!(builtInError instanceof QuizLinkError)) reportError('Reading a quiz link', builtInError);
				index = await withDeviceArticles(index);
				try {
					found = decodeAgainst(linkCatalogsOf(index), token);
				} catch (error) {
					// A damaged or out-of-date link is the page's to explain (openQuizLink says why, in the learner's
					// words); anything else is reported too.
					if (!(error instanceof QuizLinkError)) reportError('Reading a quiz link', error);
				}
			}
		}
		const catalog = found?.catalog ?? linkCatalogsOf(index)[0]!;
		const questionIds = found?.questionIds ?? [];
		const stubs = catalog.stubs;
		const [decks, article] = await Promise.all([
			fetchDecks(fetcher, decksHolding(index, questionIds)),
			options.article ? fetchArticle(fetcher) : undefined
		]);
		return {
			version: catalog.version,
			stubs,
			decks,
			paragraphs: index.paragraphs,
			...(article ? { article } : {})
		};
	} catch (error) {
		reportError('Fetching the content of a quiz link', error);
		return null;
	}
}
