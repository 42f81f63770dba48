import type { Article, Paragraph, SourceLocation } from '$lib/domain/article';
import { fnv1a32 } from '$lib/domain/encoding/hash';
import type { ParagraphId, QuestionId } from '$lib/domain/ids';
import type { Deck, Question } from '$lib/domain/question';

/** All content, validated, in a plain serializable shape (it travels from the build to the page as JSON). */
export type Catalog = {
	/** Changes whenever any deck or the article changes; stamped into links and backups. */
	version: string;
	article: Article;
	decks: Deck[];
};

/**
 * A question's anchor in one paragraph (the paragraph is the key it is filed under): used to draw highlights in
 * the reader. Only what the reader draws, since the article page carries every anchor inline.
 */
export type QuestionAnchor = {
	questionId: QuestionId;
	/** True for the question's first source, the sentence it is anchored to. */
	primary: boolean;
} & Pick<SourceLocation, 'start' | 'end'>;

export function allQuestions(catalog: Catalog): Question[] {
	return catalog.decks.flatMap((deck) => deck.questions);
}

// Built once per catalog: the prerender looks up every question's page, which a scan would make quadratic.
const questionMaps = new WeakMap<Catalog, Map<string, Question>>();

export function findQuestion(catalog: Catalog, id: string): Question | undefined {
	let byId = questionMaps.get(catalog);
	if (!byId) {
		byId = new Map(allQuestions(catalog).map((question) => [question.id as string, question]));
		questionMaps.set(catalog, byId);
	}
	return byId.get(id);
}

export function findDeck(catalog: Catalog, id: string): Deck | undefined {
	return catalog.decks.find((deck) => deck.id === id);
}

export function findParagraph(catalog: Catalog, id: string): Paragraph | undefined {
	return catalog.article.paragraphs.find((paragraph) => paragraph.id === id);
}

/** The questions that quote a paragraph, in deck order. */
export function questionsOfParagraph(catalog: Catalog, id: ParagraphId): Question[] {
	return allQuestions(catalog).filter((question) =>
		question.sources.some((source) => source.location.paragraphId === id)
	);
}

/** Every quoted range of every paragraph, keyed by paragraph id. */
export function anchorsByParagraph(catalog: Catalog): Record<string, QuestionAnchor[]> {
	const anchors: Record<string, QuestionAnchor[]> = {};
	for (const question of allQuestions(catalog)) {
		question.sources.forEach(({ location }, index) => {
			(anchors[location.paragraphId] ??= []).push({
				questionId: question.id,
				primary: index === 0,
				start: location.start,
				end: location.end
			});
		});
	}
	return anchors;
}

/** A short, stable fingerprint of the content (FNV-1a over its JSON). */
export function contentVersion(article: Article, decks: Deck[]): string {
	const text = JSON.stringify({ article, decks });
	// Always seven characters, so links and codes that carry it have a predictable length.
	return fnv1a32(text).toString(36).padStart(7, '0');
}
