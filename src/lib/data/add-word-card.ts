import * as v from 'valibot';
import { AppError } from '$lib/domain/errors';
import { wordCardOf, type WordCard, type WordEntry } from '$lib/domain/word-cards';
import type { StudyDatabase } from './database';
import { describeIssue } from './schemas';
import { wordEntrySchema } from './word-card-schemas';
import { write } from './write';

/** A word entry that cannot become a card (empty word, a paragraph id that is not one): nothing was written. */
export class InvalidWordEntryError extends AppError<'invalid-word-entry'> {
	constructor(detail: string) {
		super('invalid-word-entry', `This word cannot be added to the cards: ${detail}`);
	}
}

/**
 * Adds a word to the learner's cards (one transaction). It then waits in review as a new card, under the daily
 * new-card limit like any other. A word already added keeps its card and its first sentence (`added` false).
 */
export async function addWordCard(
	database: StudyDatabase,
	entry: WordEntry,
	nowMs: number
): Promise<{ added: boolean; card: WordCard }> {
	const checked = v.safeParse(wordEntrySchema, entry);
	if (!checked.success) throw new InvalidWordEntryError(describeIssue(checked.issues[0]));
	const card = wordCardOf(checked.output, nowMs);
	return write(() =>
		database.transaction('rw', database.wordCards, async () => {
			const stored = await database.wordCards.get(card.questionId);
			if (stored) return { added: false, card: stored };
			await database.wordCards.add(card);
			return { added: true, card };
		})
	);
}
