// Schema upgrades are tested before one ships: a database written by every shipped version opens under the current
// schema with every row intact, and an older build that meets a newer database leaves it untouched.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { saveDraft } from '$lib/data/drafts';
import { newDraft } from '$lib/domain/author/draft';
import { seededRandom } from '$lib/domain/random';
import { describe, expect, it } from 'vitest';
import { assignQuestions } from '$lib/data/assignments';
import { addRound, classWithToken, saveNewClass, saveRoundCodes } from '$lib/data/classes';
import { setFlagged } from '$lib/data/card-browser';
import { recordReview } from '$lib/data/cards';
import { schemaVersion, StudyDatabase } from '$lib/data/database';
import { finishQuizAttempt, openQuizAttempt, saveQuizAnswer } from '$lib/data/quiz-attempts';
import { saveReviewSetting } from '$lib/data/settings';
import { watchStorageHealth, type StorageHealth } from '$lib/data/storage-health';
import { deckId, questionId } from '$lib/domain/ids';
import { newQuizAttempt } from '$lib/domain/quiz/attempt';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { loadQueue } from '$lib/data/queue';
import { loadScopeTallies } from '$lib/data/scope-counts';
import { queueCounts } from '$lib/domain/scheduling/queue';
import { scopeCounts } from '$lib/domain/scheduling/scope-counts';
import { deckProgress } from '$lib/domain/stats/deck-progress';
import { addWordCard } from '$lib/data/add-word-card';
import { hasWordCard } from '$lib/data/word-cards';
import { wordCardId, wordCardsDeckId, type WordEntry } from '$lib/domain/word-cards';
import { addLibraryArticle } from '$lib/data/library';
import { parsePack } from '$lib/domain/pack/parse';
import { packFixture } from '../unit/pack/fixture';
import { quizDraft, testQuizSpec } from './helpers';

/** The fixture article pack, read as an import reads it. */
function libraryPack() {
	const result = parsePack(JSON.stringify(packFixture()));
	if (!result.ok) throw new Error('the pack fixture must be valid');
	return result.pack;
}

/** The database held open at an older version, as an older version of the app in another tab holds it. */
function heldByOlderTab(factory: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve) => {
		const request = factory.open('sco-study', 5);
		request.onsuccess = () => resolve(request.result);
	});
}

/** What the storage check reports until the database opens; the older tab lets go once it is reported blocked. */
function reportsUntilOpen(
	database: StudyDatabase,
	held: IDBDatabase,
	timeoutMs?: number
): Promise<StorageHealth['kind'][]> {
	const reports: StorageHealth['kind'][] = [];
	return new Promise((resolve) =>
		watchStorageHealth(
			() => database,
			(health) => {
				reports.push(health.kind);
				if (health.kind === 'blocked') held.close();
				if (health.kind === 'ok') resolve(reports);
			},
			timeoutMs
		)
	);
}

/**
 * Every shipped schema, copied here when it shipped and never edited: the test writes with these, then opens with
 * the app. A new version is added here as it ships, with data for its new tables.
 */
const shippedSchemas: Record<number, Record<string, string>> = {
	1: {
		cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
		reviews: '++id, questionId, reviewedAtMs',
		settings: 'key',
		quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
		assignments: 'questionId, assignedAtMs'
	},
	2: {
		cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
		reviews: '++id, questionId, reviewedAtMs',
		settings: 'key',
		quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
		assignments: 'questionId, assignedAtMs',
		classes: '++id, createdAtMs, *tokens'
	},
	3: {
		cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
		reviews: '++id, questionId, reviewedAtMs',
		settings: 'key',
		quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
		assignments: 'questionId, assignedAtMs',
		classes: '++id, createdAtMs, *tokens',
		flags: 'questionId, flaggedAtMs'
	},
	4: {
		cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
		reviews: '++id, questionId, reviewedAtMs',
		settings: 'key',
		quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
		assignments: 'questionId, assignedAtMs',
		classes: '++id, createdAtMs, *tokens',
		flags: 'questionId, flaggedAtMs',
		wordCards: 'questionId, createdAtMs'
	},
	5: {
		cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs], [phase+stability]',
		reviews: '++id, questionId, reviewedAtMs',
		settings: 'key',
		quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
		assignments: 'questionId, assignedAtMs',
		classes: '++id, createdAtMs, *tokens',
		flags: 'questionId, flaggedAtMs',
		wordCards: 'questionId, createdAtMs'
	},
	6: {
		cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs], [phase+stability]',
		reviews: '++id, questionId, reviewedAtMs',
		settings: 'key',
		quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
		assignments: 'questionId, assignedAtMs',
		classes: '++id, createdAtMs, *tokens',
		flags: 'questionId, flaggedAtMs',
		wordCards: 'questionId, createdAtMs',
		drafts: 'id, updatedAtMs',
		libraryArticles: 'id, addedAtMs'
	}
};
const tables = [
	'cards',
	'reviews',
	'settings',
	'quizAttempts',
	'assignments',
	'classes',
	'flags',
	'wordCards',
	'libraryArticles',
	'drafts'
] as const;
type TableName = (typeof tables)[number];

const now = Date.parse('2025-09-05T08:00:00Z');
const d = deckId('d');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: now, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };
const wordEntry: WordEntry = {
	word: '老本',
	pinyin: 'lǎo běn',
	zhuyin: 'ㄌㄠˇ ㄅㄣˇ',
	glosses: ['legacy assets'],
	paragraphId: 'p3',
	sentence: '老本仍在。'
};

/** Rows of every table, written by the app's own functions: cards and reviews, a setting, a quiz, assignments. */
async function everyKindOfRow(): Promise<Record<TableName, unknown[]>> {
	const database = new StudyDatabase('source', { indexedDB: new IDBFactory(), IDBKeyRange });
	for (const id of ['q1', 'q2', 'q3'])
		await recordReview(database, undefined, scheduler.preview(newCard(questionId(id), d, now), context).good);
	await saveReviewSetting(database, 'newCardsPerDay', 7);
	const ids = ['q1', 'q2'].map(questionId);
	const attempt = await openQuizAttempt(database, quizDraft(ids, d, now));
	await saveQuizAnswer(
		database,
		attempt.id,
		{
			questionId: ids[0]!,
			deckId: d,
			response: { kind: 'true-false', answer: true },
			grade: { kind: 'correct' },
			correct: true,
			answeredAtMs: now + 1000,
			durationMs: 1000
		},
		null
	);
	await finishQuizAttempt(database, attempt.id, now + 5000, 'completed');
	await openQuizAttempt(
		database,
		newQuizAttempt(
			{ token: 'token-b', spec: testQuizSpec(ids), origin: 'class' },
			[{ id: ids[1]!, deckId: d }],
			now + 9000
		)
	);
	await assignQuestions(database, ['q3', 'q1'].map(questionId), 'token-c', now);
	const saved = await saveNewClass(database, 'token-d', 'Class 7B', now);
	await addRound(database, saved.id, 'token-e', now + 7 * 86_400_000);
	await saveRoundCodes(database, saved.id, 'token-d', 'ABCD-EFGH');
	await setFlagged(database, ['q2', 'q9'].map(questionId), true, now);
	await addWordCard(database, wordEntry, now);
	await addLibraryArticle(database, libraryPack(), 'file', now);
	await saveDraft(
		database,
		newDraft({ random: seededRandom('draft'), nowMs: now, language: 'zh-Hant', text: '上合成立於2001年。' }),
		now
	);
	const rows = Object.fromEntries(
		await Promise.all(tables.map(async (table) => [table, await database.table(table).toArray()]))
	) as Record<TableName, unknown[]>;
	database.close();
	return rows;
}

describe('schema upgrades', () => {
	for (const [version, schema] of Object.entries(shippedSchemas)) {
		it(`a version-${version} database full of data opens under the current schema with every row intact`, async () => {
			const rows = await everyKindOfRow();
			// The tables that version had, each written full with the rows the app makes.
			const shipped = tables.filter((table) => table in schema);
			for (const table of shipped) expect(rows[table].length).toBeGreaterThan(0);
			const factory = new IDBFactory();
			const old = new Dexie('sco-study', { indexedDB: factory, IDBKeyRange });
			old.version(Number(version)).stores(schema);
			for (const table of shipped) await old.table(table).bulkAdd(rows[table]);
			old.close();

			const current = new StudyDatabase('sco-study', { indexedDB: factory, IDBKeyRange });
			for (const table of shipped) expect(await current.table(table).toArray()).toEqual(rows[table]);
			// Tables added since start empty, and work.
			for (const table of tables.filter((name) => !(name in schema)))
				expect(await current.table(table).count()).toBe(0);
			const added = await saveNewClass(current, 'token-after-upgrade', 'After the upgrade', now);
			expect((await classWithToken(current, 'token-after-upgrade'))?.id).toBe(added.id);
			await setFlagged(current, [questionId('q-after-upgrade')], true, now);
			expect(await current.flags.get(questionId('q-after-upgrade'))).toEqual({
				questionId: 'q-after-upgrade',
				flaggedAtMs: now
			});
			// The home page's counts, read by the phase index (version 5), match the session's queue over the cards kept.
			const studied = ['q1', 'q2', 'q3'].map((id) => ({ questionId: questionId(id), deckId: d }));
			const later = now + 3 * 86_400_000;
			const { tallies, allowance } = await loadScopeTallies(current, { studied }, later, 0, 'index');
			const session = await loadQueue(current, studied, later, 0);
			const expected = {
				queue: queueCounts(session.queue),
				progress: deckProgress(['q1', 'q2', 'q3'], session.state.cards)
			};
			expect(scopeCounts(tallies.studied, allowance)).toEqual(expected);
			expect(expected.progress).toEqual({ new: 0, learning: 3, mastered: 0, total: 3 });
			// A word card added after the upgrade is due in review as a new card, and its rating is stored.
			await addWordCard(current, { ...wordEntry, word: '上合' }, now);
			expect(await hasWordCard(current, '上合')).toBe(true);
			const wordScope = [{ questionId: wordCardId('上合'), deckId: wordCardsDeckId }];
			const { queue } = await loadQueue(current, wordScope, now + 1, 0);
			expect(queue.fresh).toEqual(wordScope);
			await recordReview(
				current,
				undefined,
				scheduler.preview(newCard(wordCardId('上合'), wordCardsDeckId, now), context).good
			);
			expect((await current.cards.get(wordCardId('上合')))?.reps).toBe(1);
			// Opened at the current version itself: no shipped version was edited (Dexie would have patched it).
			expect(current.backendDB().version).toBe(schemaVersion * 10);
			current.close();
		});
	}

	it('the newest shipped schema is the one the app declares', () => {
		const newest = Math.max(...Object.keys(shippedSchemas).map(Number));
		expect(newest).toBe(schemaVersion);
	});

	it('an older build meeting a newer database refuses to open it and leaves it untouched', async () => {
		const factory = new IDBFactory();
		const newer = new Dexie('sco-study', { indexedDB: factory, IDBKeyRange });
		newer.version(schemaVersion + 1).stores({ cards: 'questionId, dueAtMs', notes: '++id' });
		await newer.table('notes').add({ text: 'written by the next version' });
		newer.close();

		const older = new StudyDatabase('sco-study', { indexedDB: factory, IDBKeyRange });
		const reports: StorageHealth[] = [];
		await new Promise<void>((resolve) =>
			watchStorageHealth(
				() => older,
				(health) => {
					reports.push(health);
					if (health.kind !== 'checking') resolve();
				}
			)
		);
		expect(reports.at(-1)).toEqual({ kind: 'newer' });
		await expect(older.cards.toArray()).rejects.toThrow();

		const after = new Dexie('sco-study', { indexedDB: factory, IDBKeyRange });
		await after.open();
		expect(after.verno).toBe(schemaVersion + 1);
		expect(after.tables.map((table) => table.name).sort()).toEqual(['cards', 'notes']);
		expect(await after.table('notes').toArray()).toEqual([{ id: 1, text: 'written by the next version' }]);
		after.close();
	});

	it('an upgrade blocked by a tab holding an older version is reported, then opens once the tab lets go', async () => {
		const factory = new IDBFactory();
		const held = await heldByOlderTab(factory);
		const database = new StudyDatabase('sco-study', { indexedDB: factory, IDBKeyRange });
		expect(await reportsUntilOpen(database, held)).toEqual(['blocked', 'ok']);
		database.close();
	});

	it('a blocked upgrade is reported even when a query opened the database before the check listened', async () => {
		// Regression: a page's first query (the device library's articles) can start the open, and be blocked, before
		// the storage check subscribes; the check then said "not answering" instead of "close the other tabs".
		const factory = new IDBFactory();
		const held = await heldByOlderTab(factory);
		const database = new StudyDatabase('sco-study', { indexedDB: factory, IDBKeyRange });
		const blockedBeforeTheCheck = new Promise<void>((resolve) => database.on('blocked', () => resolve()));
		const firstQuery = database.cards.count();
		await blockedBeforeTheCheck;
		expect(await reportsUntilOpen(database, held, 50)).toEqual(['blocked', 'ok']);
		expect(await firstQuery).toBe(0);
		database.close();
	});

	it('storage that does not answer in time is reported as such', async () => {
		const silent = { open: () => ({}) } as unknown as IDBFactory;
		const database = new StudyDatabase('sco-study', { indexedDB: silent, IDBKeyRange });
		const health = await new Promise<StorageHealth>((resolve) =>
			watchStorageHealth(() => database, resolve, 50)
		);
		expect(health).toEqual({ kind: 'no-answer' });
	});
});
