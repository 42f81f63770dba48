// The learner's own word cards: added from the reader's look-up, reviewed like any card (their schedule is an
// ordinary row of `cards`), deleted with undo, and carried by backups, restores and merges.
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, parseBackup, restoreBackup } from '$lib/data/backup';
import { setFlagged } from '$lib/data/card-browser';
import { recordReview, reviewsOf } from '$lib/data/cards';
import { StaleCardError, StorageWriteError } from '$lib/data/errors';
import { mergeBackup } from '$lib/data/merge-backup';
import { loadQueue } from '$lib/data/queue';
import { saveReviewSetting } from '$lib/data/settings';
import { addWordCard, InvalidWordEntryError } from '$lib/data/add-word-card';
import { hasWordCard, loadWordCards, removeWordCard, undoWordCardRemoval } from '$lib/data/word-cards';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import {
	isWordCardId,
	wordCardId,
	wordCardQuestion,
	wordCardsDeckId,
	type WordEntry
} from '$lib/domain/word-cards';
import { failWrites, freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: now, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };
type Database = ReturnType<typeof freshDatabase>;

const entry = (word: string, extra: Partial<WordEntry> = {}): WordEntry => ({
	word,
	pinyin: 'lǎo běn',
	zhuyin: 'ㄌㄠˇ ㄅㄣˇ',
	glosses: ['capital', 'legacy assets'],
	paragraphId: 'p3',
	sentence: `俄羅斯在中亞的${word}仍在。`,
	...extra
});

/** Rates a word card as review would: the card as stored (or new) previewed and one outcome committed. */
async function rateWord(database: Database, word: string, atMs = now) {
	const id = wordCardId(word);
	const stored = await database.cards.get(id);
	const card = stored ?? newCard(id, wordCardsDeckId, atMs);
	return recordReview(database, stored, scheduler.preview(card, { ...context, nowMs: atMs }).good);
}

describe('word card ids', () => {
	it('never collide with a question id, which has no colon', () => {
		expect(wordCardId('老本')).toBe('word:老本');
		expect(isWordCardId(wordCardId('老本'))).toBe(true);
		expect(isWordCardId('legacy-assets-1')).toBe(false);
	});
});

describe('adding a word card', () => {
	it('stores the word, reading, glosses, paragraph and sentence, once per word', async () => {
		const database = freshDatabase();
		const first = await addWordCard(database, entry('老本'), now);
		expect(first.added).toBe(true);
		const again = await addWordCard(database, entry('老本', { sentence: '另一句。' }), now + 1000);
		expect(again).toEqual({ added: false, card: first.card });
		expect(await loadWordCards(database)).toEqual([
			{
				questionId: 'word:老本',
				word: '老本',
				pinyin: 'lǎo běn',
				zhuyin: 'ㄌㄠˇ ㄅㄣˇ',
				glosses: ['capital', 'legacy assets'],
				paragraphId: 'p3',
				sentence: '俄羅斯在中亞的老本仍在。',
				createdAtMs: now
			}
		]);
		expect(await hasWordCard(database, '老本')).toBe(true);
		expect(await hasWordCard(database, '上合')).toBe(false);
		// No schedule is written until the card is first rated: it waits as a new card.
		expect(await database.cards.count()).toBe(0);
	});

	it.each([
		['an empty word', entry(' ')],
		['a paragraph that is not one', entry('老本', { paragraphId: 'intro' })],
		['no sentence', entry('老本', { sentence: '' })],
		['a word far too long', entry('字'.repeat(41))]
	])('refuses %s and writes nothing', async (_name, bad) => {
		const database = freshDatabase();
		await expect(addWordCard(database, bad, now)).rejects.toBeInstanceOf(InvalidWordEntryError);
		expect(await database.wordCards.count()).toBe(0);
	});

	it('reports a full disk as a storage error and leaves nothing half-written', async () => {
		const database = freshDatabase();
		await failWrites(database, 'wordCards');
		await expect(addWordCard(database, entry('老本'), now)).rejects.toBeInstanceOf(StorageWriteError);
		expect(await database.wordCards.count()).toBe(0);
	});
});

describe('a word card in review', () => {
	it('is new in the queue under the daily new-card limit, then scheduled by FSRS like a question', async () => {
		const database = freshDatabase();
		await saveReviewSetting(database, 'newCardsPerDay', 1);
		const words = ['老本', '上合'];
		for (const [index, word] of words.entries()) await addWordCard(database, entry(word), now + index);
		const scope = (await loadWordCards(database)).map(wordCardQuestion).map((question) => ({
			questionId: question.id,
			deckId: question.deckId
		}));
		const before = await loadQueue(database, scope, now + 10, 0);
		// The daily limit holds: one new card of the two.
		expect(before.queue.fresh.map((item) => item.questionId)).toEqual([wordCardId('老本')]);
		await rateWord(database, '老本', now + 10);
		const card = await database.cards.get(wordCardId('老本'));
		expect(card).toMatchObject({ deckId: 'my-cards', reps: 1 });
		expect(card!.phase).not.toBe('new');
		expect(await reviewsOf(database, wordCardId('老本'))).toHaveLength(1);
		const after = await loadQueue(database, scope, now + 20, 0);
		// Today's one new card is spent: the other word waits for tomorrow, the rated one is learning.
		expect(after.queue.fresh).toEqual([]);
		expect([...after.queue.learning, ...after.queue.laterLearning].map((card) => card.questionId)).toEqual([
			wordCardId('老本')
		]);
	});

	it('is a flashcard whose front is the word and whose back is its reading and glosses', () => {
		const question = wordCardQuestion({
			...entry('老本'),
			questionId: wordCardId('老本'),
			paragraphId: 'p3' as never,
			createdAtMs: now
		});
		expect(question).toMatchObject({
			kind: 'flashcard',
			id: 'word:老本',
			deckId: 'my-cards',
			prompt: { zh: '老本' },
			answer: { zh: 'lǎo běn · ㄌㄠˇ ㄅㄣˇ', en: 'capital; legacy assets' }
		});
		expect(question.sources[0]).toMatchObject({
			quote: '俄羅斯在中亞的老本仍在。',
			location: { paragraphId: 'p3' }
		});
	});
});

describe('deleting a word card', () => {
	it('removes the word, its schedule (as a logged reset) and its flag, and undo puts back exactly that', async () => {
		const database = freshDatabase();
		await addWordCard(database, entry('老本'), now);
		await rateWord(database, '老本');
		const id = wordCardId('老本');
		await setFlagged(database, [id], true, now);
		const before = {
			words: await database.wordCards.toArray(),
			cards: await database.cards.toArray(),
			reviews: await database.reviews.toArray(),
			flags: await database.flags.toArray()
		};
		const removal = await removeWordCard(database, { questionId: id, card: before.cards[0] }, now + 5, 240);
		expect(await database.wordCards.count()).toBe(0);
		expect(await database.cards.count()).toBe(0);
		expect(await database.flags.count()).toBe(0);
		// The history stays, closed by a reset entry, so a replay or a merge does not bring the schedule back.
		expect((await reviewsOf(database, id)).map((row) => row.rating)).toEqual([3, 0]);

		await undoWordCardRemoval(database, removal!);
		expect({
			words: await database.wordCards.toArray(),
			cards: await database.cards.toArray(),
			reviews: await database.reviews.toArray(),
			flags: await database.flags.toArray()
		}).toEqual(before);
	});

	it('refuses when the card was rated elsewhere since it was shown, and changes nothing', async () => {
		const database = freshDatabase();
		await addWordCard(database, entry('老本'), now);
		await rateWord(database, '老本');
		await expect(
			removeWordCard(database, { questionId: wordCardId('老本'), card: undefined }, now, 240)
		).rejects.toBeInstanceOf(StaleCardError);
		expect(await database.wordCards.count()).toBe(1);
		expect(await database.cards.count()).toBe(1);
	});

	it('refuses to undo once the word was added again', async () => {
		const database = freshDatabase();
		await addWordCard(database, entry('老本'), now);
		const removal = await removeWordCard(
			database,
			{ questionId: wordCardId('老本'), card: undefined },
			now,
			240
		);
		await addWordCard(database, entry('老本', { sentence: '新的一句。' }), now + 1);
		await expect(undoWordCardRemoval(database, removal!)).rejects.toBeInstanceOf(StaleCardError);
		expect((await loadWordCards(database))[0]?.sentence).toBe('新的一句。');
	});
});

describe('backups of word cards', () => {
	async function withWordCards() {
		const database = freshDatabase();
		await addWordCard(database, entry('老本'), now);
		await addWordCard(database, entry('上合', { glosses: ['SCO'] }), now + 1);
		await rateWord(database, '老本');
		await recordReview(
			database,
			undefined,
			scheduler.preview(newCard(questionId('q1'), deckId('d'), now), context).good
		);
		return database;
	}
	const everything = async (database: Database) => ({
		words: await database.wordCards.toArray(),
		cards: await database.cards.toArray(),
		reviews: await database.reviews.toArray()
	});

	it('carry the words and their schedules, and a restore puts them back as they were', async () => {
		const source = await withWordCards();
		const backup = parseBackup(JSON.stringify(await exportBackup(source, now)));
		expect(backup.tables.wordCards).toHaveLength(2);
		const target = freshDatabase();
		await addWordCard(target, entry('被替換'), now);
		await restoreBackup(target, backup);
		expect(await everything(target)).toEqual(await everything(source));
	});

	it('restore a backup made before word cards as none', async () => {
		const source = await withWordCards();
		const { wordCards: _words, ...olderTables } = (await exportBackup(source, now)).tables;
		const target = freshDatabase();
		await addWordCard(target, entry('被替換'), now);
		await restoreBackup(
			target,
			parseBackup(JSON.stringify({ format: 'sco-study-backup', version: 1, tables: olderTables }))
		);
		expect(await target.wordCards.count()).toBe(0);
	});

	it.each([
		['an id that is not its word’s', { questionId: 'word:別的' }, /wordCards\[1\]\.questionId/],
		['a gloss that is not text', { glosses: ['SCO', 7] }, /wordCards\[1\]\.glosses/],
		['no sentence', { sentence: '' }, /wordCards\[1\]\.sentence/],
		['an impossible time', { createdAtMs: -1 }, /wordCards\[1\]\.createdAtMs/]
	])('refuse a file whose word card has %s, naming it, and change nothing', async (_name, damage, where) => {
		const source = await withWordCards();
		const exported = await exportBackup(source, now);
		exported.tables.wordCards[1] = { ...exported.tables.wordCards[1]!, ...damage } as never;
		const target = await withWordCards();
		const before = await everything(target);
		let thrown: unknown;
		try {
			await restoreBackup(target, parseBackup(JSON.stringify(exported)));
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(BackupError);
		expect((thrown as BackupError).reason).toBe('invalid-record');
		expect((thrown as BackupError).detail).toMatch(where);
		expect(await everything(target)).toEqual(before);
	});

	it('refuse the same word twice', async () => {
		const exported = await exportBackup(await withWordCards(), now);
		exported.tables.wordCards.push(exported.tables.wordCards[0]!);
		expect(() => parseBackup(JSON.stringify(exported))).toThrow(/wordCards\[2\] repeats wordCards\[0\]/);
	});

	it('merge: the words this browser lacks are added with their schedules, its own words stay', async () => {
		const phone = await withWordCards();
		const laptop = freshDatabase();
		await addWordCard(laptop, entry('上合', { sentence: '筆電上的句子。' }), now + 5);
		await addWordCard(laptop, entry('中亞'), now + 6);
		await mergeBackup(laptop, parseBackup(JSON.stringify(await exportBackup(phone, now))));
		const words = await loadWordCards(laptop);
		expect(words.map((card) => card.word).sort()).toEqual(['上合', '中亞', '老本']);
		expect(words.find((card) => card.word === '上合')?.sentence).toBe('筆電上的句子。');
		expect(await laptop.cards.get(wordCardId('老本'))).toEqual(await phone.cards.get(wordCardId('老本')));
		// Merged twice, nothing more.
		await mergeBackup(laptop, parseBackup(JSON.stringify(await exportBackup(phone, now))));
		expect(await laptop.wordCards.count()).toBe(3);
	});
});
