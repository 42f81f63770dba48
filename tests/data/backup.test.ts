import { describe, expect, it } from 'vitest';
import {
	backupMaxBytes,
	BackupError,
	exportBackup,
	parseBackup,
	restoreBackup,
	reviewLogCsv
} from '$lib/data/backup';
import { setFlagged } from '$lib/data/card-browser';
import { recordReview } from '$lib/data/cards';
import { classWithToken, saveNewClass } from '$lib/data/classes';
import { StorageWriteError } from '$lib/data/errors';
import { saveReviewSetting } from '$lib/data/settings';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { addLibraryArticle, libraryArticles } from '$lib/data/library';
import { mergeBackup } from '$lib/data/merge-backup';
import { packArticleId } from '$lib/domain/pack/namespace';
import { parsePack } from '$lib/domain/pack/parse';
import { packFixture } from '../unit/pack/fixture';
import { failWrites, freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: now, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };

async function databaseWithProgress() {
	const database = freshDatabase();
	for (const id of ['q1', 'q2']) {
		await recordReview(
			database,
			undefined,
			scheduler.preview(newCard(questionId(id), deckId('d'), now), context).good
		);
	}
	await saveReviewSetting(database, 'newCardsPerDay', 7);
	return database;
}

const snapshot = async (database: ReturnType<typeof freshDatabase>) => ({
	cards: await database.cards.toArray(),
	reviews: await database.reviews.toArray(),
	settings: await database.settings.toArray()
});

describe('backups', () => {
	it('restore into another browser exactly what was exported', async () => {
		const source = await databaseWithProgress();
		const text = JSON.stringify(await exportBackup(source, now));
		const target = freshDatabase();
		await restoreBackup(target, parseBackup(text));
		expect(await snapshot(target)).toEqual(await snapshot(source));
	});

	it.each([
		['not JSON', '{ broken', 'not-json'],
		['another file', JSON.stringify({ hello: 'world' }), 'not-a-backup'],
		[
			'a newer version',
			JSON.stringify({ format: 'sco-study-backup', version: 99, tables: {} }),
			'newer-version'
		]
	])('refuse %s, naming the reason', (_, text, reason) => {
		expect(() => parseBackup(text)).toThrow(BackupError);
		try {
			parseBackup(text);
		} catch (error) {
			expect((error as BackupError).reason).toBe(reason);
		}
	});

	it('refuse a tampered record, naming the table, row and field, and change nothing', async () => {
		const source = await databaseWithProgress();
		const backup = await exportBackup(source, now);
		(backup.tables.cards[1] as Record<string, unknown>).phase = 'forgotten';
		const target = await databaseWithProgress();
		const before = await snapshot(target);
		expect(() => parseBackup(JSON.stringify(backup))).toThrow(/cards\[1\]\.phase/);
		expect(await snapshot(target)).toEqual(before);
	});

	it('write nothing when the restore fails half-way', async () => {
		const source = await databaseWithProgress();
		const backup = parseBackup(JSON.stringify(await exportBackup(source, now)));
		const target = await databaseWithProgress();
		const before = await snapshot(target);
		// The last table's write fails (a full disk) after the others were cleared and written.
		await failWrites(target, 'assignments');
		await expect(restoreBackup(target, backup)).rejects.toBeInstanceOf(StorageWriteError);
		expect(await snapshot(target)).toEqual(before);
	});

	it('export the review log in the FSRS optimizer CSV shape', async () => {
		const database = await databaseWithProgress();
		const csv = reviewLogCsv(await database.reviews.toArray());
		const [header, ...rows] = csv.trim().split('\n');
		expect(header).toBe('card_id,review_time,review_rating,review_state,review_duration');
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatch(new RegExp(`^\\d+,${now},3,0,3000$`));
	});
});

/** The reason parseBackup gives for a file, or 'accepted'. */
function verdict(text: string): string {
	try {
		parseBackup(text);
		return 'accepted';
	} catch (error) {
		if (error instanceof BackupError) return `${error.reason}: ${error.detail}`;
		throw error;
	}
}

async function exportedWithQuiz() {
	const database = await databaseWithProgress();
	const backup = await exportBackup(database, now);
	const questions = [{ questionId: questionId('q1'), deckId: deckId('d') }];
	backup.tables.quizAttempts.push({
		id: 1,
		token: 'token',
		spec: {
			contentVersion: 'v1',
			questionIds: [questionId('q1')],
			order: 'as-picked',
			seed: 's',
			mode: 'test',
			timeLimitSeconds: null
		},
		origin: 'self',
		questions,
		deckIds: [deckId('d')],
		startedAtMs: now,
		finishedAtMs: now + 60_000,
		endedBy: 'completed',
		answers: [
			{
				...questions[0]!,
				response: { kind: 'true-false', answer: true },
				grade: { kind: 'correct' },
				correct: true,
				answeredAtMs: now + 1000,
				durationMs: 1000,
				reviewId: null
			}
		]
	});
	backup.tables.assignments.push({
		questionId: questionId('q2'),
		assignedAtMs: now,
		position: 0,
		quizToken: 'token'
	});
	return JSON.parse(JSON.stringify(backup)) as {
		tables: Record<string, Record<string, unknown>[]>;
	};
}

describe('backup values', () => {
	it('accept an untouched export with a quiz and an assignment', async () => {
		expect(verdict(JSON.stringify(await exportedWithQuiz()))).toBe('accepted');
	});

	// Each edit is valid JSON of the right type, but a value no learner's browser could have written.
	it.each([
		['cards', 0, 'stability', -5],
		['cards', 0, 'stability', 0],
		['cards', 0, 'difficulty', 11],
		['cards', 0, 'difficulty', 0.5],
		['cards', 0, 'lastReviewAtMs', 1e300],
		['cards', 0, 'lastReviewAtMs', null],
		['cards', 0, 'dueAtMs', -1],
		['cards', 0, 'reps', 1.5],
		['cards', 0, 'lapses', -1],
		['cards', 0, 'scheduledDays', 1e9],
		['cards', 0, 'buriedUntilMs', 1e300],
		['reviews', 1, 'reviewedAtMs', 1e300],
		['reviews', 1, 'durationMs', -3],
		['reviews', 1, 'clockShiftMinutes', 1e9],
		['reviews', 1, 'id', 0],
		['quizAttempts', 0, 'finishedAtMs', 1e300],
		['quizAttempts', 0, 'startedAtMs', 0],
		['quizAttempts', 0, 'endedBy', null],
		['quizAttempts', 0, 'questions', []],
		['assignments', 0, 'position', -1],
		['assignments', 0, 'assignedAtMs', 1e300]
	])('refuse %s[%i].%s = %j, naming the row and field', async (table, row, field, value) => {
		const backup = await exportedWithQuiz();
		backup.tables[table]![row]![field] = value;
		const result = verdict(JSON.stringify(backup));
		expect(result).toMatch(/^invalid-record: /);
		// A check that spans fields names the field it is about, or the row.
		expect(result).toContain(`${table}[${row}]`);
	});

	it('refuse an answer to a question the attempt does not ask, or the same question answered twice', async () => {
		const backup = await exportedWithQuiz();
		const attempt = backup.tables.quizAttempts![0]! as { answers: Record<string, unknown>[] };
		attempt.answers.push({ ...attempt.answers[0]! });
		expect(verdict(JSON.stringify(backup))).toMatch(/^invalid-record: quizAttempts\[0\]\.answers/);
		attempt.answers.pop();
		attempt.answers[0]!.questionId = 'q-elsewhere';
		expect(verdict(JSON.stringify(backup))).toMatch(/^invalid-record: quizAttempts\[0\]\.answers/);
		attempt.answers[0]!.questionId = 'q1';
		attempt.answers[0]!.response = { kind: 'single-choice', selected: -1 };
		expect(verdict(JSON.stringify(backup))).toMatch(
			/^invalid-record: quizAttempts\[0\]\.answers\[0\]\.response/
		);
	});

	it('refuse an impossible review setting', async () => {
		const backup = await exportedWithQuiz();
		const settings = backup.tables.settings![0]! as { value: Record<string, unknown> };
		settings.value.desiredRetention = 5;
		expect(verdict(JSON.stringify(backup))).toMatch(/^invalid-record: settings\[0\].*desiredRetention/);
	});

	it.each([
		['cards', 1, 0],
		['reviews', 1, 0],
		['settings', 0, 0],
		['assignments', 0, 0]
	])('refuse %s[%i] repeated, with its own reason', async (table, copy) => {
		const backup = await exportedWithQuiz();
		const rows = backup.tables[table]!;
		rows.push({ ...rows[copy]! });
		expect(verdict(JSON.stringify(backup))).toMatch(
			new RegExp(`^duplicate-record: ${table}\\[${rows.length - 1}\\] repeats ${table}\\[${copy}\\]`)
		);
	});

	it('refuse two attempts in progress at the same quiz', async () => {
		const backup = await exportedWithQuiz();
		const attempt = backup.tables.quizAttempts![0]!;
		Object.assign(attempt, { finishedAtMs: 0, endedBy: null });
		backup.tables.quizAttempts!.push({ ...attempt, id: 2 });
		expect(verdict(JSON.stringify(backup))).toMatch(/^duplicate-record: quizAttempts\[1\]/);
	});

	it('drop fields the app does not know, and restore the rest', async () => {
		const backup = await exportedWithQuiz();
		backup.tables.cards![0]!.injected = '<script>';
		(backup as Record<string, unknown>).extra = 1;
		const parsed = parseBackup(JSON.stringify(backup));
		expect(parsed.tables.cards[0]).not.toHaveProperty('injected');
		const target = freshDatabase();
		await restoreBackup(target, parsed);
		expect(await target.cards.toArray()).toEqual(parsed.tables.cards);
		expect(await target.quizAttempts.count()).toBe(1);
	});

	it('refuse a file over the size cap before parsing it', () => {
		const text = ' '.repeat(backupMaxBytes + 1);
		expect(verdict(text)).toMatch(/^too-large: /);
		expect(verdict(' '.repeat(1024))).toMatch(/^not-json: /);
	});
});

describe('backups of the teacher’s classes', () => {
	it('carry the saved classes with their rounds, codes and class list, and restore them as they were', async () => {
		const source = freshDatabase();
		const first = await saveNewClass(source, 'token-one', 'Class 9A', now);
		await saveNewClass(source, 'token-two', '9B 歷史', now + 1000);
		await source.classes.update(first.id, { roster: ['王小明', 'Lin'], archivedAtMs: now + 5000 });
		await source.classes.update(first.id, {
			rounds: [{ token: 'token-one', startedAtMs: now, codes: 'ABCD-EFGH\n1234' }]
		});
		const backup = parseBackup(JSON.stringify(await exportBackup(source, now)));
		expect(backup.tables.classes).toHaveLength(2);
		const target = freshDatabase();
		await saveNewClass(target, 'token-old', 'replaced by the restore', now);
		await restoreBackup(target, backup);
		expect(await target.classes.toArray()).toEqual(await source.classes.toArray());
		expect(await classWithToken(target, 'token-two')).toMatchObject({ title: '9B 歷史' });
	});

	it('restore a backup made before classes were kept as no classes', async () => {
		const source = await databaseWithProgress();
		const { classes: _classes, ...olderTables } = (await exportBackup(source, now)).tables;
		const target = freshDatabase();
		await saveNewClass(target, 'token-old', 'Class', now);
		await restoreBackup(
			target,
			parseBackup(JSON.stringify({ format: 'sco-study-backup', version: 1, tables: olderTables }))
		);
		expect(await target.classes.count()).toBe(0);
		expect(await target.cards.count()).toBe(2);
	});

	it('refuse a class whose links do not match its rounds, naming the field, and change nothing', async () => {
		const source = freshDatabase();
		await saveNewClass(source, 'token-one', 'Class', now);
		const backup = await exportBackup(source, now);
		const damaged = {
			...backup,
			tables: { ...backup.tables, classes: [{ ...backup.tables.classes[0]!, tokens: ['other'] }] }
		};
		const parse = () => parseBackup(JSON.stringify(damaged));
		expect(parse).toThrow(BackupError);
		expect(parse).toThrow(/classes\[0\]\.tokens/);
	});
});

describe('backups of the learner’s flags', () => {
	it('carry the flags and restore them as they were', async () => {
		const source = await databaseWithProgress();
		await setFlagged(source, [questionId('q1'), questionId('never-studied')], true, now);
		const backup = parseBackup(JSON.stringify(await exportBackup(source, now)));
		expect(backup.tables.flags).toHaveLength(2);
		const target = freshDatabase();
		await setFlagged(target, [questionId('replaced')], true, now);
		await restoreBackup(target, backup);
		expect(await target.flags.toArray()).toEqual(await source.flags.toArray());
	});

	it('restore a backup made before flags were kept as no flags', async () => {
		const source = await databaseWithProgress();
		const { flags: _flags, ...olderTables } = (await exportBackup(source, now)).tables;
		const target = freshDatabase();
		await setFlagged(target, [questionId('q1')], true, now);
		await restoreBackup(
			target,
			parseBackup(JSON.stringify({ format: 'sco-study-backup', version: 1, tables: olderTables }))
		);
		expect(await target.flags.count()).toBe(0);
		expect(await target.cards.count()).toBe(2);
	});

	it('refuse a flag with an impossible time, naming the field', () => {
		const text = JSON.stringify({
			format: 'sco-study-backup',
			version: 1,
			tables: { cards: [], reviews: [], settings: [], flags: [{ questionId: 'q1', flaggedAtMs: -1 }] }
		});
		expect(() => parseBackup(text)).toThrow(/flags\[0\]\.flaggedAtMs/);
	});
});

describe('backups of the articles on this device', () => {
	const pack = () => {
		const result = parsePack(JSON.stringify(packFixture()));
		if (!result.ok) throw new Error('the pack fixture must be valid');
		return result.pack;
	};

	it('carry each article with its pack, and restore them as they were', async () => {
		const source = await databaseWithProgress();
		const record = await addLibraryArticle(source, pack(), 'file', now);
		const text = JSON.stringify(await exportBackup(source, now));
		// The pack is in the file as a pack file writes it, readable on its own.
		expect(parsePack(JSON.stringify(JSON.parse(text).tables.libraryArticles[0].pack)).ok).toBe(true);
		const target = freshDatabase();
		await addLibraryArticle(
			target,
			{ ...pack(), article: { ...pack().article, id: 'replaced' } },
			'link',
			now
		);
		await restoreBackup(target, parseBackup(text));
		expect(await libraryArticles(target)).toEqual([record]);
	});

	it('merge adds the articles this browser lacks and keeps its own copy of one both have', async () => {
		const phone = await databaseWithProgress();
		await addLibraryArticle(phone, pack(), 'file', now);
		await addLibraryArticle(
			phone,
			{ ...pack(), article: { ...pack().article, id: 'only-phone' } },
			'file',
			now
		);
		const laptop = freshDatabase();
		const ours = await addLibraryArticle(
			laptop,
			{
				...pack(),
				article: { ...pack().article, title: '上合小史（改）', id: packArticleId(pack().article) }
			},
			'editor',
			now
		);
		await mergeBackup(laptop, parseBackup(JSON.stringify(await exportBackup(phone, now))));
		const merged = await libraryArticles(laptop);
		expect(merged.map((row) => row.id).sort()).toEqual([ours.id, 'only-phone'].sort());
		expect(merged.find((row) => row.id === ours.id)).toEqual(ours);
	});

	it('restore a backup made before articles were kept as no articles', async () => {
		const source = await databaseWithProgress();
		const { libraryArticles: _articles, ...olderTables } = (await exportBackup(source, now)).tables;
		const target = freshDatabase();
		await addLibraryArticle(target, pack(), 'file', now);
		await restoreBackup(
			target,
			parseBackup(JSON.stringify({ format: 'sco-study-backup', version: 1, tables: olderTables }))
		);
		expect(await target.libraryArticles.count()).toBe(0);
	});

	it('refuse a damaged pack or a row whose id is not its pack’s, naming the row, and change nothing', async () => {
		const source = await databaseWithProgress();
		await addLibraryArticle(source, pack(), 'file', now);
		const backup = await exportBackup(source, now);
		const target = await databaseWithProgress();
		const before = await snapshot(target);
		const damagedQuote = structuredClone(backup);
		(
			damagedQuote.tables.libraryArticles[0]!.pack as ReturnType<typeof packFixture>
		).decks[0]!.questions[0]!.source = '不在文章裡的句子';
		expect(() => parseBackup(JSON.stringify(damagedQuote))).toThrow(/libraryArticles\[0\].*source/);
		const otherId = structuredClone(backup);
		otherId.tables.libraryArticles[0]!.id = 'another-id';
		expect(() => parseBackup(JSON.stringify(otherId))).toThrow(/libraryArticles\[0\].*article id/);
		expect(await snapshot(target)).toEqual(before);
	});
});
