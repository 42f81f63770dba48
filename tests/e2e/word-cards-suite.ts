// The learner's own word cards (issue 16, "add to my cards"), defined once and run by the desktop
// (word-cards.spec.ts) and the phone (word-cards-phone.spec.ts) projects. A word card is seeded into IndexedDB as
// the reader's button stores it; then: it is due in review, shows its front and back, a rating schedules it and
// survives a reload, and the card browser lists it and deletes it with undo. axe finds nothing on its front or back.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog } from './study-card-helpers';

type Paragraph = { id: string; number: number; text: string };
const paragraphs = catalog.article.paragraphs as Paragraph[];
/** A word of the article and the sentence it is met in, as the reader's look-up would hand them over. */
const word = '中亞';
const paragraph = paragraphs.find((each) => each.text.includes(word))!;
const sentence = paragraph.text.split(/(?<=。)/).find((each) => each.includes(word))!;
const wordCard = {
	questionId: `word:${word}`,
	word,
	pinyin: 'Zhōng Yà',
	zhuyin: 'ㄓㄨㄥ ㄧㄚˋ',
	glosses: ['Central Asia'],
	paragraphId: paragraph.id,
	sentence,
	createdAtMs: Date.now()
};

/** Writes rows into the app's database from the page (the app has opened it at its current version). */
function putRows(page: Page, store: string, rows: unknown[]) {
	return page.evaluate(
		({ store, rows }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('sco-study');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const database = request.result;
					const transaction = database.transaction(store, 'readwrite');
					for (const row of rows) transaction.objectStore(store).put(row);
					transaction.oncomplete = () => (database.close(), resolve());
					transaction.onerror = () => reject(transaction.error);
				};
			}),
		{ store, rows }
	);
}

/** One row of the app's database, read from the page. */
function getRow(page: Page, store: string, key: string) {
	return page.evaluate(
		({ store, key }) =>
			new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
				const request = indexedDB.open('sco-study');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const database = request.result;
					const reading = database.transaction(store, 'readonly').objectStore(store).get(key);
					reading.onsuccess = () => (database.close(), resolve(reading.result));
					reading.onerror = () => reject(reading.error);
				};
			}),
		{ store, key }
	);
}

/** Opens the app so that it creates its database, then adds the word card as the reader's button would. */
async function seedWordCard(page: Page) {
	await page.goto('/cards/');
	await expect(page.getByTestId('card-list')).toBeVisible();
	await putRows(page, 'wordCards', [wordCard]);
}

async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

export function defineWordCardsSuite() {
	test('a word card is due in review, shows the word then its reading, gloss and sentence, and its rating is kept', async ({
		page
	}) => {
		await seedWordCard(page);

		// All decks' review offers the learner's own cards; there the word is the only card.
		await page.goto('/review/all/');
		await page.getByRole('link', { name: '只複習我的卡片' }).click();
		await expect(page).toHaveURL(/\/review\/my-cards\/$/);
		const card = page.getByTestId('review-card');
		await expect(card).toHaveAttribute('data-question', wordCard.questionId);
		await expect(page.getByTestId('count-new')).toHaveText('1');
		await expect(card.getByTestId('word-card-front')).toHaveText(word);
		await expect(card.getByTestId('word-card-back')).toHaveCount(0);

		await card.getByRole('button', { name: '顯示答案' }).click();
		const back = card.getByTestId('word-card-back');
		await expect(back.getByTestId('word-pinyin')).toHaveText(wordCard.pinyin);
		await expect(back.getByTestId('word-zhuyin')).toHaveText(wordCard.zhuyin);
		await expect(back.getByTestId('word-glosses')).toHaveText('Central Asia');
		await expect(back.getByTestId('word-sentence')).toHaveText(sentence);
		await expect(
			back.getByRole('link', { name: `在文章中閱讀（第 ${paragraph.number} 段）` })
		).toHaveAttribute('href', new RegExp(`article/#${paragraph.id}$`));
		expect(await violations(page)).toEqual([]);

		// Rated Good with the same four buttons: FSRS schedules it (a learning step; the session may show it again
		// within its learn-ahead window, as a learning card).
		const ratedAtMs = Date.now();
		await card.getByTestId('rating-good').click();
		await expect.poll(async () => (await getRow(page, 'cards', wordCard.questionId))?.reps).toBe(1);
		const stored = (await getRow(page, 'cards', wordCard.questionId))!;
		expect(stored.phase).toBe('learning');
		expect(stored.deckId).toBe('my-cards');
		expect(stored.dueAtMs).toBeGreaterThan(ratedAtMs);

		// After a reload the card is no longer new: it waits for its learning step.
		await page.reload();
		await expect(page.getByTestId('session-counts')).toBeVisible();
		await expect(page.getByTestId('count-new')).toHaveText('0');
		expect((await getRow(page, 'cards', wordCard.questionId))?.reps).toBe(1);
	});

	test('the card browser lists a word card under My cards and deletes it, with undo', async ({ page }) => {
		await seedWordCard(page);
		await page.reload();
		await page.getByLabel('題組').selectOption({ label: '我的卡片' });
		const item = page.locator(`[data-testid="card-item"][data-question="${wordCard.questionId}"]`);
		await expect(page.getByTestId('card-item')).toHaveCount(1);
		await expect(item).toContainText(word);
		await expect(item.getByTestId('word-card-summary')).toContainText('Central Asia');

		await item.getByRole('button', { name: '刪除' }).click();
		await expect(page.getByTestId('card-browser-status')).toContainText(`已從我的卡片中刪除「${word}」`);
		await expect(item).toHaveCount(0);
		expect(await getRow(page, 'wordCards', wordCard.questionId)).toBeUndefined();

		await page.getByTestId('card-browser-status').getByRole('button', { name: '復原' }).click();
		await expect(page.getByTestId('card-browser-status')).toContainText('已復原');
		await expect.poll(() => getRow(page, 'wordCards', wordCard.questionId)).toEqual(wordCard);

		await page.getByLabel('題組').selectOption({ label: '我的卡片' });
		await item.getByRole('button', { name: '刪除' }).click();
		await expect(item).toHaveCount(0);
		await page.reload();
		await expect(page.getByTestId('card-list')).toBeVisible();
		await expect(page.locator(`[data-question="${wordCard.questionId}"]`)).toHaveCount(0);
	});

	test('in English, in the dark: a word card’s front and back have no axe violations', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await seedWordCard(page);
		await page.goto('/en/review/my-cards/');
		const card = page.getByTestId('review-card');
		await expect(card.getByTestId('word-card-front')).toHaveText(word);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: my cards');
		expect(await violations(page)).toEqual([]);
		await card.getByRole('button', { name: 'Show answer' }).click();
		await expect(card.getByTestId('word-card-back')).toContainText('Read it in the article');
		expect(await violations(page)).toEqual([]);
	});
}
