import { AppError } from '$lib/domain/errors';
import type { QuestionId } from '$lib/domain/ids';
import { packLimits, type ArticlePack } from '$lib/domain/pack/format';
import {
	articleIdOf,
	namespacedDecks,
	namespacedId,
	namespacedQuestionIds,
	packArticleId
} from '$lib/domain/pack/namespace';
import { idPattern } from '$lib/domain/validation/fields';
import type { LibraryArticleRecord, LibraryOrigin, StudyDatabase } from './database';
import { write } from './write';

// The articles on this device besides the built-in one: validated packs, stored as read (with their article id
// filled in), studied under namespaced ids (domain/pack/namespace.ts).

export type LibraryProblem = 'article-id-invalid' | 'id-collision';

/** A pack that cannot be added: nothing was written. `ids` names the colliding ids, or the bad article id. */
export class LibraryError extends AppError<LibraryProblem> {
	constructor(
		reason: LibraryProblem,
		readonly ids: readonly string[]
	) {
		super(reason, `The article cannot be added (${reason}): ${ids.slice(0, 5).join(', ')}`);
	}
}

/** Every deck and question id a record studies under, namespaced. */
function studiedIds(record: Pick<LibraryArticleRecord, 'id' | 'pack'>): string[] {
	return record.pack.decks.flatMap((deck) => [
		namespacedId(record.id, deck.id),
		...deck.questions.map((question) => namespacedId(record.id, question.id))
	]);
}

/**
 * Adds an article to this device, in one transaction. A pack whose article id is already here replaces that
 * article's content: every card and review of a question whose id is unchanged stays, and a card whose question
 * moved to another deck follows it. Refuses (LibraryError, nothing written) a pack whose ids would collide with
 * the built-in catalog's or another device article's, or repeat within the pack.
 */
export async function addLibraryArticle(
	database: StudyDatabase,
	pack: ArticlePack,
	origin: LibraryOrigin,
	nowMs: number
): Promise<LibraryArticleRecord> {
	const id = packArticleId(pack.article);
	if (!idPattern.test(id) || id.length > packLimits.maxArticleIdChars) {
		throw new LibraryError('article-id-invalid', [id]);
	}
	const record: LibraryArticleRecord = {
		id,
		addedAtMs: nowMs,
		origin,
		pack: { ...pack, article: { ...pack.article, id } }
	};
	const ids = studiedIds(record);
	return write(() =>
		database.transaction('rw', [database.libraryArticles, database.cards], async () => {
			const taken = new Set<string>();
			for (const other of await database.libraryArticles.toArray()) {
				if (other.id !== id) for (const otherId of studiedIds(other)) taken.add(otherId);
			}
			const seen = new Set<string>();
			const collisions: string[] = [];
			for (const studied of ids) {
				// A built-in id has no article prefix: a device id without one would share the built-in namespace.
				if (taken.has(studied) || seen.has(studied) || articleIdOf(studied) !== id) collisions.push(studied);
				seen.add(studied);
			}
			if (collisions.length > 0) throw new LibraryError('id-collision', collisions);
			const previous = await database.libraryArticles.get(id);
			if (previous) record.addedAtMs = previous.addedAtMs;
			await database.libraryArticles.put(record);
			// Cards are keyed by question id; a question that moved to another deck takes its card along.
			for (const deck of namespacedDecks(id, pack.decks)) {
				const questionIds = deck.questions.map((question) => question.id);
				const cards = await database.cards.bulkGet(questionIds);
				const moved = cards.filter((card) => card !== undefined && card.deckId !== deck.id);
				for (const card of moved) await database.cards.update(card!.questionId, { deckId: deck.id });
			}
			return record;
		})
	);
}

/** Every article on this device, the earliest added first. */
export const libraryArticles = (database: StudyDatabase): Promise<LibraryArticleRecord[]> =>
	database.libraryArticles.orderBy('addedAtMs').toArray();

/** One article on this device, or undefined. */
export const libraryArticle = (
	database: StudyDatabase,
	id: string
): Promise<LibraryArticleRecord | undefined> => database.libraryArticles.get(id);

/**
 * Removes an article from this device. Its progress (cards, reviews, quiz results) stays, like a retired
 * question's: importing the same article again brings it back; resetting progress in the settings clears it.
 */
export async function removeLibraryArticle(database: StudyDatabase, id: string): Promise<void> {
	await write(() => database.libraryArticles.delete(id));
}

/** The question ids a device article studies under, in deck order. */
export const libraryQuestionIds = (record: Pick<LibraryArticleRecord, 'id' | 'pack'>): QuestionId[] =>
	namespacedQuestionIds(record.id, record.pack);
