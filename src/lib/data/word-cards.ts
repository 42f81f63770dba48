// Reading and deleting the learner's word cards: light enough for the review and card browser pages (adding one,
// which validates the entry with valibot, is add-word-card.ts).
import type { QuestionId } from '$lib/domain/ids';
import type { CardState } from '$lib/domain/scheduling/card';
import { wordCardId, type WordCard } from '$lib/domain/word-cards';
import { removeAsReset, sameCard } from './cards';
import type { FlagRecord, StudyDatabase } from './database';
import { StaleCardError } from './errors';
import { write } from './write';

/** Whether a word is among the learner's cards (read live by the "add to my cards" button). */
export async function hasWordCard(database: StudyDatabase, word: string): Promise<boolean> {
	return (await database.wordCards.get(wordCardId(word.trim()))) !== undefined;
}

/** Every word card, oldest first (the order they join review's new cards in). */
export async function loadWordCards(database: StudyDatabase): Promise<WordCard[]> {
	return database.wordCards.orderBy('createdAtMs').toArray();
}

/** What deleting a word card removed, enough to put it back exactly. */
export type WordCardRemoval = {
	wordCard: WordCard;
	card: CardState | undefined;
	/** The reset entry logged for a studied card: its history stays, and a replay starts over. */
	reviewId: number | undefined;
	flag: FlagRecord | undefined;
};

/**
 * Deletes a word card, in one transaction: the word, its schedule (as a reset: the log keeps its history with a
 * reset entry, so a replay or a merge does not bring the schedule back) and its flag. Refuses (StaleCardError)
 * when the card changed since the page read it; undefined when the word is not (any longer) a card.
 */
export async function removeWordCard(
	database: StudyDatabase,
	target: { questionId: QuestionId; card: CardState | undefined },
	nowMs: number,
	clockShiftMinutes: number
): Promise<WordCardRemoval | undefined> {
	return write(() =>
		database.transaction(
			'rw',
			[database.wordCards, database.cards, database.reviews, database.flags],
			async () => {
				const wordCard = await database.wordCards.get(target.questionId);
				if (!wordCard) return undefined;
				const card = await database.cards.get(target.questionId);
				if (!sameCard(card, target.card)) throw new StaleCardError(target.questionId);
				const reviewId = card ? await removeAsReset(database, card, nowMs, clockShiftMinutes) : undefined;
				const flag = await database.flags.get(target.questionId);
				await database.flags.delete(target.questionId);
				await database.wordCards.delete(target.questionId);
				return { wordCard, card, reviewId, flag };
			}
		)
	);
}

/**
 * Puts a deleted word card back as it was (word, schedule, flag; the reset entry removed), in one transaction.
 * Refuses (StaleCardError) and changes nothing when the word was added again since.
 */
export async function undoWordCardRemoval(database: StudyDatabase, removal: WordCardRemoval): Promise<void> {
	const id = removal.wordCard.questionId;
	await write(() =>
		database.transaction(
			'rw',
			[database.wordCards, database.cards, database.reviews, database.flags],
			async () => {
				if ((await database.wordCards.get(id)) || (await database.cards.get(id)))
					throw new StaleCardError(id);
				await database.wordCards.add(removal.wordCard);
				if (removal.card) await database.cards.put(removal.card);
				if (removal.reviewId !== undefined) await database.reviews.delete(removal.reviewId);
				if (removal.flag) await database.flags.put(removal.flag);
			}
		)
	);
}
