import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard } from './review-helpers';

const deck = 'sco-background';
const dayMs = 86_400_000;

type Row = Record<string, unknown>;

/**
 * A synthetic learner: `cardCount` cards reviewed for months, each recalled with the chance a forgetting curve
 * gives (so there is something to fit), as the review log the app stores.
 */
function syntheticLog(cardCount: number, nowMs: number): { reviews: Row[]; reviewsPerCard: number } {
	let seed = 12345;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const reviews: Row[] = [];
	for (let card = 0; card < cardCount; card++) {
		let at = nowMs - 200 * dayMs + Math.floor(random() * 10 * dayMs);
		let stability = 0.5 + random();
		let phase = 'new';
		while (at < nowMs - dayMs) {
			const elapsedDays =
				phase === 'new' ? 0 : Math.max(0, (at - (reviews.at(-1)!.reviewedAtMs as number)) / dayMs);
			const recall = phase === 'new' ? 0.6 : (1 + elapsedDays / (9 * stability)) ** -1;
			const remembered = random() < recall;
			const rating = remembered ? (random() < 0.15 ? 4 : random() < 0.1 ? 2 : 3) : 1;
			reviews.push({
				questionId: `synthetic-${card}`,
				deckId: deck,
				reviewedAtMs: at,
				rating,
				phaseBefore: phase,
				durationMs: 5000,
				clockShiftMinutes: 0,
				origin: 'review'
			});
			stability = remembered ? stability * (2 + random() * 1.5) : Math.max(0.3, stability * 0.3);
			phase = remembered ? 'review' : phase === 'new' ? 'learning' : 'relearning';
			at +=
				Math.max(1, Math.round(stability * (0.8 + random() * 0.4))) * dayMs +
				Math.floor(random() * 3_600_000);
		}
	}
	return { reviews, reviewsPerCard: reviews.length / cardCount };
}

async function seed(page: Page, rows: { reviews: Row[]; cards: Row[] }) {
	await page.evaluate(async ({ reviews, cards }) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('sco-study');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise((resolve, reject) => {
			const transaction = db.transaction(['reviews', 'cards'], 'readwrite');
			for (const row of reviews) transaction.objectStore('reviews').add(row);
			for (const row of cards) transaction.objectStore('cards').put(row);
			transaction.oncomplete = resolve;
			transaction.onerror = () => reject(transaction.error);
		});
		db.close();
	}, rows);
}

test('personal FSRS parameters: too little data is said so; a few thousand reviews fit, and change the next interval shown', async ({
	page
}) => {
	// Seeding 3,000 reviews, fitting them and reviewing three times is real work on a shared 2-core machine.
	test.setTimeout(180_000);
	await page.goto('/settings/');
	const panel = page.getByTestId('parameters-panel');
	await panel.getByRole('button', { name: '計算我的參數' }).click();
	await expect(panel.getByTestId('parameters-too-few')).toContainText('0');

	// A review card of the deck, due now, whose Good interval the reviewer shows.
	await page.goto(`/review/${deck}/`);
	await expect(page.getByTestId('session-counts')).toBeVisible();
	const catalog = await (await page.request.get('/content.json')).json();
	const questionId: string = catalog.decks.find((candidate: { id: string }) => candidate.id === deck)
		.questions[0].id;
	const nowMs = Date.now();
	const log = syntheticLog(400, nowMs);
	expect(log.reviews.length).toBeGreaterThan(2000);
	await seed(page, {
		reviews: log.reviews,
		cards: [
			{
				questionId,
				deckId: deck,
				phase: 'review',
				dueAtMs: nowMs - 60_000,
				stability: 6,
				difficulty: 5,
				scheduledDays: 6,
				learningSteps: 0,
				reps: 4,
				lapses: 0,
				lastReviewAtMs: nowMs - 6 * dayMs,
				leech: false,
				suspended: false,
				buriedUntilMs: 0
			}
		]
	});
	const goodInterval = async () => {
		await page.goto(`/review/${deck}/`);
		await expect(page.getByRole('article')).toHaveAttribute('data-question', questionId);
		await answerByKeyboard(page);
		return page.getByRole('button', { name: /良好/ }).textContent();
	};
	const before = await goodInterval();

	await page.goto('/settings/');
	await panel.getByRole('button', { name: '計算我的參數' }).click();
	const result = panel.getByTestId('parameters-result');
	await expect(result).toBeVisible({ timeout: 60_000 });
	await expect(result.getByRole('row')).toHaveCount(3);
	await panel.getByRole('button', { name: '使用我的參數' }).click();
	await expect(panel.getByTestId('parameters-in-use')).toHaveText(/個人/);

	const after = await goodInterval();
	expect(after).not.toBe(before);

	// Back to the defaults: the interval is the default one again.
	await page.goto('/settings/');
	await panel.getByRole('button', { name: '改回預設參數' }).click();
	await expect(panel.getByTestId('parameters-in-use')).toHaveText(/預設/);
	expect(await goodInterval()).toBe(before);
});
