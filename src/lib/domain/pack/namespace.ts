import { fnv1a32 } from '../encoding/hash';
import { deckId, questionId, type DeckId, type QuestionId } from '../ids';
import type { Deck } from '../question';
import { articleIdOf, articleIdSeparator } from './article-id';
import type { ArticlePack, PackArticle } from './format';

// An article on this device keeps its pack's deck and question ids, prefixed with its article id and a double
// hyphen: `<article id>--<id>`. The built-in catalog's ids are lowercase words joined by single hyphens
// (validation/fields.ts idPattern), so they never contain "--" and can never equal a device id; an article id has
// no "--" either, so the prefix is read back unambiguously. The ids are letters, digits and hyphens only, valid in
// addresses, element ids and quiz links, and they depend on the pack alone: the same pack imported on two devices
// gives the same ids, so a student's results match the teacher's questions.

export { articleIdOf, articleIdSeparator };

/** The prefix of a derived article id (an article without its own id). */
const derivedPrefix = 'h-';

/**
 * The article's id: its own, or one derived from its title and date (two 32-bit hashes in base 36), so that the
 * same article without an id gets the same id on every device.
 */
export function packArticleId(article: Pick<PackArticle, 'id' | 'title' | 'date'>): string {
	if (article.id !== undefined) return article.id;
	const text = `${article.date}\n${article.title}`;
	const first = fnv1a32(text).toString(36);
	const second = fnv1a32(`${text}\n${text.length}`).toString(36);
	return `${derivedPrefix}${first}${second}`;
}

/** An id of a deck or question of the device article `articleId`. */
export const namespacedId = (articleId: string, id: string): string =>
	`${articleId}${articleIdSeparator}${id}`;

/** The pack's own id of a namespaced deck or question id (the id itself when it is not namespaced). */
export function localIdOf(id: string): string {
	const at = id.indexOf(articleIdSeparator);
	return at > 0 ? id.slice(at + articleIdSeparator.length) : id;
}

/** A pack's decks with their ids and their questions' ids (and deck ids) namespaced by `articleId`. */
export function namespacedDecks(articleId: string, decks: readonly Deck[]): Deck[] {
	return decks.map((deck) => {
		const id: DeckId = deckId(namespacedId(articleId, deck.id));
		return {
			...deck,
			id,
			questions: deck.questions.map((question) => ({
				...question,
				id: questionId(namespacedId(articleId, question.id)),
				deckId: id
			}))
		};
	});
}

/** Every question id of the pack, namespaced by `articleId`, in deck order. */
export const namespacedQuestionIds = (articleId: string, pack: Pick<ArticlePack, 'decks'>): QuestionId[] =>
	pack.decks.flatMap((deck) =>
		deck.questions.map((question) => questionId(namespacedId(articleId, question.id)))
	);
