// Bugs found by restoring backups whose types were right but whose values were impossible (issue 10, item 3).
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, parseBackup, restoreBackup } from '$lib/data/backup';
import { recordReview } from '$lib/data/cards';
import { finishedQuizAttempts, finishQuizAttempt, openQuizAttempt } from '$lib/data/quiz-attempts';
import { deckId, questionId } from '$lib/domain/ids';
import { newQuizAttempt } from '$lib/domain/quiz/attempt';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from '../data/helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: now, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };
const q1 = questionId('q1');
const d = deckId('d');

async function databaseWithOneCardAndOneQuiz() {
	const database = freshDatabase();
	await recordReview(database, undefined, scheduler.preview(newCard(q1, d, now), context).good);
	const attempt = await openQuizAttempt(
		database,
		newQuizAttempt(
			{
				token: 'token',
				origin: 'self',
				spec: {
					contentVersion: 'v1',
					questionIds: [q1],
					order: 'as-picked',
					seed: 's',
					mode: 'test',
					timeLimitSeconds: null
				}
			},
			[{ id: q1, deckId: d }],
			now
		)
	);
	await finishQuizAttempt(database, attempt.id, now + 1000, 'stopped');
	return database;
}

/** A backup of the database with one field of the first row of a table replaced. */
async function tamperedBackup(table: 'cards' | 'quizAttempts', field: string, value: unknown) {
	const backup = await exportBackup(await databaseWithOneCardAndOneQuiz(), now);
	(backup.tables[table][0] as Record<string, unknown>)[field] = value;
	return JSON.stringify(backup);
}

/** What restoring the text does to a browser that already has progress: the refusal, and whether it changed. */
async function restoreInto(text: string) {
	const database = await databaseWithOneCardAndOneQuiz();
	const before = await database.cards.toArray();
	let refusal: BackupError | undefined;
	try {
		await restoreBackup(database, parseBackup(text));
	} catch (error) {
		if (!(error instanceof BackupError)) throw error;
		refusal = error;
	}
	return {
		refusal,
		unchanged: JSON.stringify(await database.cards.toArray()) === JSON.stringify(before),
		database
	};
}

describe('regressions: impossible values in a backup', () => {
	it('lastReviewAtMs 1e300 is refused (it used to be restored and turn the next due date into NaN)', async () => {
		const { refusal, unchanged } = await restoreInto(await tamperedBackup('cards', 'lastReviewAtMs', 1e300));
		expect(refusal?.reason).toBe('invalid-record');
		expect(refusal?.detail).toMatch(/^cards\[0\]\.lastReviewAtMs/);
		expect(unchanged).toBe(true);
	});

	it('stability -5 is refused (it used to be restored and freeze the review of that card)', async () => {
		const { refusal, unchanged } = await restoreInto(await tamperedBackup('cards', 'stability', -5));
		expect(refusal?.reason).toBe('invalid-record');
		expect(refusal?.detail).toMatch(/^cards\[0\]\.stability/);
		expect(unchanged).toBe(true);
	});

	it('finishedAtMs 1e300 is refused, and such a row already stored is left out of the history', async () => {
		const { refusal } = await restoreInto(await tamperedBackup('quizAttempts', 'finishedAtMs', 1e300));
		expect(refusal?.reason).toBe('invalid-record');
		expect(refusal?.detail).toMatch(/^quizAttempts\[0\]\.finishedAtMs/);
		// A row an older build restored: the history lists the good attempts instead of failing on it.
		const database = await databaseWithOneCardAndOneQuiz();
		const [good] = await database.quizAttempts.toArray();
		await database.quizAttempts.add({ ...good!, id: undefined, finishedAtMs: 1e300 });
		expect((await finishedQuizAttempts(database)).map((attempt) => attempt.id)).toEqual([good!.id]);
	});
});
