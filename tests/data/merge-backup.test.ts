import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '$lib/data/backup';
import { recordReview, updateCardFlags } from '$lib/data/cards';
import { saveNewClass } from '$lib/data/classes';
import { mergeBackup, previewMerge } from '$lib/data/merge-backup';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard, type Rating } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import { reviewKey } from '$lib/domain/scheduling/merge';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from './helpers';

const start = Date.parse('2025-09-05T02:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
type Database = ReturnType<typeof freshDatabase>;

async function rate(database: Database, id: string, day: number, rating: Rating) {
	const shown = await database.cards.get(questionId(id));
	const card = shown ?? newCard(questionId(id), deckId('d'), start);
	const context = {
		nowMs: start + day * dayMs,
		clockShiftMinutes: 240,
		durationMs: 4000,
		origin: 'review' as const
	};
	await recordReview(database, shown, scheduler.preview(card, context)[rating]);
}

const backupOf = async (database: Database) =>
	parseBackup(JSON.stringify(await exportBackup(database, start)));
const progress = async (database: Database) => ({
	cards: (await database.cards.toArray()).sort((a, b) => a.questionId.localeCompare(b.questionId)),
	reviews: (await database.reviews.toArray()).map(reviewKey).sort()
});

describe('merging a backup', () => {
	it("unites a phone's and a laptop's progress, the same in either direction", async () => {
		const phone = freshDatabase();
		const laptop = freshDatabase();
		// Both start from the same history (one restored the other's backup), then each goes on alone.
		for (const database of [phone, laptop]) {
			await rate(database, 'q1', 0, 'good');
			await rate(database, 'q2', 0, 'again');
		}
		await rate(phone, 'q1', 3, 'good');
		await rate(phone, 'q3', 3, 'easy');
		await rate(laptop, 'q1', 4, 'hard');
		await rate(laptop, 'q2', 4, 'good');
		const phoneCard = (await phone.cards.get(questionId('q3')))!;
		await updateCardFlags(phone, phoneCard, { suspended: true });

		const fromPhone = await backupOf(phone);
		const fromLaptop = await backupOf(laptop);
		expect(await previewMerge(laptop, fromPhone)).toEqual({ theirsOnly: 2, oursOnly: 2, shared: 2 });

		const intoLaptop = await mergeBackup(laptop, fromPhone);
		const intoPhone = await mergeBackup(phone, fromLaptop);
		expect(intoLaptop).toMatchObject({ theirsOnly: 2, oursOnly: 2, shared: 2, cards: 3 });
		expect(await progress(laptop)).toEqual(await progress(phone));
		// Each review counted once; the card suspended on the phone stays suspended.
		expect(await laptop.reviews.count()).toBe(6);
		expect((await laptop.cards.get(questionId('q3')))!.suspended).toBe(true);
		expect(intoPhone.cards).toBe(3);
	});

	it('adds nothing when merged twice', async () => {
		const phone = freshDatabase();
		const laptop = freshDatabase();
		await rate(phone, 'q1', 0, 'good');
		await rate(laptop, 'q2', 0, 'good');
		const backup = await backupOf(phone);
		await mergeBackup(laptop, backup);
		const once = await progress(laptop);
		expect(await previewMerge(laptop, backup)).toMatchObject({ theirsOnly: 0 });
		await mergeBackup(laptop, backup);
		expect(await progress(laptop)).toEqual(once);
	});
});

describe('merging the teacher’s classes', () => {
	it('adds the classes this browser lacks, keeps its own, and adds nothing when merged twice', async () => {
		const laptop = freshDatabase();
		const phone = freshDatabase();
		await saveNewClass(laptop, 'token-shared', 'On both', start);
		await saveNewClass(phone, 'token-shared', 'On both, renamed on the phone', start);
		await saveNewClass(phone, 'token-phone', 'Only on the phone', start + 1000);
		await mergeBackup(laptop, parseBackup(JSON.stringify(await exportBackup(phone, start))));
		await mergeBackup(laptop, parseBackup(JSON.stringify(await exportBackup(phone, start))));
		expect((await laptop.classes.toArray()).map((saved) => saved.title).sort()).toEqual([
			'On both',
			'Only on the phone'
		]);
	});
});
