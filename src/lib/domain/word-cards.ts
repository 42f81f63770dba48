import { deckId, paragraphId, questionId, type DeckId, type ParagraphId, type QuestionId } from './ids';
import type { FlashcardQuestion } from './question';
import type { WordEntry } from './reading';

/** What the reader's look-up hands to "add to my cards": a word, its readings, glosses and sentence. */
export type { WordEntry };

/** A personal flashcard made from a word (stored in the `wordCards` table; its schedule is an ordinary card). */
export type WordCard = Omit<WordEntry, 'paragraphId'> & {
	/** `word:<word>`: a question id can never contain a colon (lowercase letters, digits and hyphens). */
	questionId: QuestionId;
	paragraphId: ParagraphId;
	createdAtMs: number;
};

/** The deck every word card belongs to: an address (/review/my-cards/) and a filter, never a content deck's id. */
export const wordCardsDeckId: DeckId = deckId('my-cards');

const prefix = 'word:';

/** The card id of a word: one card per word, whichever sentence it was added from. */
export const wordCardId = (word: string): QuestionId => questionId(`${prefix}${word}`);

/** Whether a card id names a word card rather than a question of the decks. */
export const isWordCardId = (id: string): boolean => id.startsWith(prefix);

/** The card to store for a word entry, added now. */
export function wordCardOf(entry: WordEntry, nowMs: number): WordCard {
	return {
		questionId: wordCardId(entry.word),
		word: entry.word,
		pinyin: entry.pinyin,
		zhuyin: entry.zhuyin,
		glosses: [...entry.glosses],
		paragraphId: paragraphId(entry.paragraphId),
		sentence: entry.sentence,
		createdAtMs: nowMs
	};
}

/**
 * A word card in the shape review, the card browser and search take: a flashcard whose front is the word and whose
 * back is its reading (Chinese side) and glosses (English side), sourced to the sentence it was added from.
 */
export function wordCardQuestion(card: WordCard): FlashcardQuestion {
	const reading = [card.pinyin, card.zhuyin].filter((part) => part !== '').join(' · ');
	const glosses = card.glosses.join('; ');
	return {
		kind: 'flashcard',
		id: card.questionId,
		deckId: wordCardsDeckId,
		prompt: { zh: card.word, en: card.word },
		answer: { zh: reading, en: glosses },
		explanation: { zh: glosses, en: reading },
		// The sentence's place in its paragraph is not kept: a word card points at the paragraph as a whole.
		sources: [{ quote: card.sentence, location: { paragraphId: card.paragraphId, start: 0, end: 0 } }]
	};
}
