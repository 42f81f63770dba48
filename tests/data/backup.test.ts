import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, parseBackup, restoreBackup, reviewLogCsv } from '$lib/data/backup';
import { recordReview } from '$lib/data/cards';
import { StorageWriteError } from '$lib/data/errors';
import { saveReviewSetting } from '$lib/data/settings';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from './helpers';

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
		const backup = await exportBackup(source, now);
		// Two rows with the same key make the second write fail inside the transaction.
		backup.tables.cards.push(backup.tables.cards[0]);
		const target = await databaseWithProgress();
		const before = await snapshot(target);
		await expect(restoreBackup(target, parseBackup(JSON.stringify(backup)))).rejects.toBeInstanceOf(
			StorageWriteError
		);
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
