// The word cards' shapes (data/word-cards.ts), apart from schemas.ts so that only the pages that add or restore
// word cards carry them.
import * as v from 'valibot';
import { paragraphId } from '$lib/domain/ids';
import { wordCardId, type WordEntry } from '$lib/domain/word-cards';
import type { WordCardRecord } from './database';
import { eventMs, longestText, questionIdSchema } from './schemas';

/** The longest word a card is made of: the article's words are a few characters; a long one is not a word. */
export const longestWord = 40;
const shortText = (length: number) => v.pipe(v.string(), v.maxLength(length));

/** A word entry as the reader hands it to "add to my cards", checked before anything is written. */
export const wordEntrySchema = v.object({
	word: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(longestWord)),
	pinyin: shortText(200),
	zhuyin: shortText(200),
	glosses: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(500))), v.maxLength(30)),
	paragraphId: v.pipe(v.string(), v.regex(/^p[1-9]\d*$/, 'a paragraph id is p1, p2, …')),
	sentence: v.pipe(v.string(), v.nonEmpty(), v.maxLength(longestText))
});

/** A word card as stored (data/word-cards.ts): its id is its word's. */
export const wordCardSchema = v.pipe(
	v.object({
		...wordEntrySchema.entries,
		questionId: questionIdSchema,
		paragraphId: v.pipe(
			wordEntrySchema.entries.paragraphId,
			v.transform((value) => paragraphId(value))
		),
		createdAtMs: eventMs
	}),
	v.forward(
		v.check((card) => card.questionId === wordCardId(card.word), "a word card's id is word:<its word>"),
		['questionId']
	)
);

// The schemas produce exactly the stored types: a change to one without the other fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
	Same<v.InferOutput<typeof wordEntrySchema>, WordEntry>,
	Same<v.InferOutput<typeof wordCardSchema>, WordCardRecord>
] = [true, true];
void sameShapes;
