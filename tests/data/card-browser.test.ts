import { describe, expect, it } from 'vitest';
import {
	loadBrowserProgress,
	resetCards,
	setFlagged,
	setSuspended,
	undoCardBrowserChange,
	type BrowsedCard
} from '$lib/data/card-browser';
import { recordReview, reviewsOf } from '$lib/data/cards';
import { StaleCardError, StorageWriteError } from '$lib/data/errors';
import { loadQueue } from '$lib/data/queue';
import { resetAllProgress } from '$lib/data/reset-progress';
import { openQuizAttempt } from '$lib/data/quiz-attempts';
import { assignQuestions } from '$lib/data/assignments';
import { saveNewClass } from '$lib/data/classes';
import { saveReviewSetting } from '$lib/data/settings';
import { deckId, questionId, type QuestionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { failWrites, freshDatabase, quizDraft } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const d = deckId('d');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: now, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };
const ids = ['q1', 'q2', 'q3'].map(questionId);
const scope = ids.map((id) => ({ questionId: id, deckId: d }));
const newCardOf = (target: BrowsedCard) => newCard(target.questionId, target.deckId, now);

/** q1 and q2 studied (rated Good), q3 never studied. */
async function databaseWithStudy() {
	const database = freshDatabase();
	for (const id of ids.slice(0, 2))
		await recordReview(database, undefined, scheduler.preview(newCard(id, d, now), context).good);
	return database;
}

/** The cards as the browser read them, for the questions given. */
async function browsed(database: ReturnType<typeof freshDatabase>, questionIds: readonly QuestionId[]) {
	const progress = await loadBrowserProgress(database);
	return questionIds.map((id) => ({ questionId: id, deckId: d, card: progress.cards.get(id) }));
}

const everything = async (database: ReturnType<typeof freshDatabase>) => ({
	cards: await database.cards.toArray(),
	reviews: await database.reviews.toArray(),
	flags: await database.flags.toArray()
});

/** The questions the queue would show, at a time when the learning cards are due. */
const queued = async (database: ReturnType<typeof freshDatabase>) => {
	const { queue } = await loadQueue(database, scope, now + 86_400_000, 480);
	return [...queue.learning, ...queue.review, ...queue.fresh].map((card) => card.questionId).sort();
};

describe('the card browser’s actions', () => {
	it('suspend cards out of the queue, a never-studied one included, and unsuspend them back into it', async () => {
		const database = await databaseWithStudy();
		const queueBefore = await queued(database);
		expect(queueBefore).toEqual([...ids].sort());
		const suspended = await setSuspended(database, await browsed(database, ids), true, newCardOf);
		expect(suspended.cards).toHaveLength(3);
		expect(await queued(database)).toEqual([]);
		// Never studied, and still new: suspending stored it as a new card.
		expect((await database.cards.get(ids[2]!))?.phase).toBe('new');

		const unsuspended = await setSuspended(database, await browsed(database, ids), false, newCardOf);
		expect(unsuspended.cards).toHaveLength(3);
		expect(await queued(database)).toEqual(queueBefore);
	});

	it('undo an unsuspend exactly, and change nothing that was already so', async () => {
		const database = await databaseWithStudy();
		await setSuspended(database, await browsed(database, ids.slice(0, 1)), true, newCardOf);
		const before = await everything(database);
		const change = await setSuspended(database, await browsed(database, ids), false, newCardOf);
		// Only q1 was suspended: the other two were already so, and q3 stays unstored.
		expect(change.cards.map((item) => item.questionId)).toEqual([ids[0]]);
		expect(await database.cards.get(ids[2]!)).toBeUndefined();
		await undoCardBrowserChange(database, change);
		expect(await everything(database)).toEqual(before);
	});

	it('reset studied cards with a reset entry each, and undo it exactly', async () => {
		const database = await databaseWithStudy();
		const before = await everything(database);
		const change = await resetCards(database, await browsed(database, ids), now + 1000, 240);
		expect(change.cards.map((item) => item.questionId)).toEqual(ids.slice(0, 2));
		expect(await database.cards.count()).toBe(0);
		expect((await reviewsOf(database, 'q1')).map((entry) => entry.rating)).toEqual([3, 0]);
		await undoCardBrowserChange(database, change);
		expect(await everything(database)).toEqual(before);
	});

	it('flag and unflag questions, studied or not, and undo each', async () => {
		const database = await databaseWithStudy();
		const flagged = await setFlagged(database, [ids[0]!, ids[2]!], true, now);
		expect((await loadBrowserProgress(database)).flaggedAtMs).toEqual(
			new Map([
				['q1', now],
				['q3', now]
			])
		);
		// Flagging leaves the cards alone: a never-studied question gets no card.
		expect(await database.cards.count()).toBe(2);
		const unflagged = await setFlagged(database, ids, false, now + 5);
		expect(unflagged.flags).toHaveLength(2);
		expect(await database.flags.count()).toBe(0);
		await undoCardBrowserChange(database, unflagged);
		expect(await database.flags.toArray()).toEqual([
			{ questionId: 'q1', flaggedAtMs: now },
			{ questionId: 'q3', flaggedAtMs: now }
		]);
		await undoCardBrowserChange(database, flagged);
		expect(await database.flags.count()).toBe(0);
	});

	it('refuse to act on a card changed since it was read, and change nothing', async () => {
		const database = await databaseWithStudy();
		const read = await browsed(database, ids);
		const card = read[1]!.card!;
		await recordReview(database, card, scheduler.preview(card, { ...context, nowMs: now + 60_000 }).again);
		const before = await everything(database);
		await expect(setSuspended(database, read, true, newCardOf)).rejects.toBeInstanceOf(StaleCardError);
		await expect(resetCards(database, read, now, 240)).rejects.toBeInstanceOf(StaleCardError);
		expect(await everything(database)).toEqual(before);
	});

	it('refuse to undo once a card moved on, and change nothing', async () => {
		const database = await databaseWithStudy();
		const change = await setSuspended(database, await browsed(database, ids.slice(0, 1)), true, newCardOf);
		await setSuspended(database, await browsed(database, ids.slice(0, 1)), false, newCardOf);
		const before = await everything(database);
		await expect(undoCardBrowserChange(database, change)).rejects.toBeInstanceOf(StaleCardError);
		expect(await everything(database)).toEqual(before);
	});

	it('write all of a bulk action or none of it when the disk is full', async () => {
		const database = await databaseWithStudy();
		const read = await browsed(database, ids);
		await failWrites(database, 'reviews');
		const before = await everything(database);
		await expect(resetCards(database, read, now, 240)).rejects.toBeInstanceOf(StorageWriteError);
		expect(await everything(database)).toEqual(before);
	});
});

describe('resetting all progress', () => {
	async function databaseWithEverything() {
		const database = await databaseWithStudy();
		await setFlagged(database, [ids[0]!], true, now);
		await openQuizAttempt(database, quizDraft(ids, d, now));
		await assignQuestions(database, [ids[2]!], 'token-c', now);
		await saveReviewSetting(database, 'newCardsPerDay', 7);
		await saveNewClass(database, 'token-d', 'Class 7B', now);
		return database;
	}

	it('leaves no cards, log, quiz attempts, assignments or flags, and keeps the settings and classes', async () => {
		const database = await databaseWithEverything();
		await resetAllProgress(database);
		for (const table of ['cards', 'reviews', 'quizAttempts', 'assignments', 'flags'])
			expect(await database.table(table).count(), table).toBe(0);
		expect(await database.settings.count()).toBe(1);
		expect(await database.classes.count()).toBe(1);
	});

	it('changes nothing when any part of it fails', async () => {
		const database = await databaseWithEverything();
		const counts = async () =>
			Promise.all(database.tables.map(async (table) => [table.name, await table.count()] as const));
		const before = await counts();
		// The last table cleared fails: the ones cleared before it come back too.
		await failWrites(database, 'flags');
		await expect(resetAllProgress(database)).rejects.toBeInstanceOf(StorageWriteError);
		expect(await counts()).toEqual(before);
	});
});
