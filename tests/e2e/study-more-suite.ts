// What comes after the daily limit, defined once and run by the desktop (study-more.spec.ts) and the phone
// (study-more-phone.spec.ts) projects: the "done for today" screen with tomorrow's forecast, review ahead,
// practice of forgotten cards that writes nothing, extra new cards for today only, and the home page's tiles.
import { expect, test, type Page } from '@playwright/test';
import { extraNewCardsStep, reviewAheadDays } from '../../src/lib/domain/review/study-more';
import { catalog } from './study-card-helpers';

const deckIdUnderTest = 'sco-background';
const deckQuestions = catalog.decks.find((deck) => deck.id === deckIdUnderTest)!.questions;
const card = (page: Page) => page.getByTestId('review-card');
const summary = (page: Page) => page.getByTestId('session-summary');

/** Answers the card on screen by clicking (any answer will do) and shows its back. */
async function answer(page: Page) {
	const shown = card(page);
	await expect(shown).toBeVisible();
	const selects = shown.locator('select');
	if ((await selects.count()) > 0) {
		for (let index = 0; index < (await selects.count()); index++)
			await selects.nth(index).selectOption({ index: 1 });
	} else if ((await shown.locator('label:has(input)').count()) > 0) {
		await shown.locator('label:has(input)').first().click();
	} else if ((await shown.locator('input:not([disabled])').count()) > 0) {
		await shown.locator('input:not([disabled])').first().fill('不知道');
	}
	await shown.getByRole('button', { name: /顯示答案|提交答案/ }).click();
}

/** The number of rows in the review log, read straight from IndexedDB. */
const logSize = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('sco-study');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const count = open.result.transaction('reviews').objectStore('reviews').count();
					count.onsuccess = () => {
						resolve(count.result);
						open.result.close();
					};
				};
			})
	);

export function defineStudyMoreSuite() {
	test('after the daily limit: done for today, review ahead, practice that writes nothing, more new cards', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/settings/');
		await page.getByText('進階設定').click();
		// One new card a day, and intervals of at most reviewAheadDays, so an Easy card can be reviewed ahead.
		for (const [label, value] of [
			['每日新卡上限', '1'],
			['最長間隔（天）', String(reviewAheadDays)]
		] as const) {
			const field = page.getByLabel(label);
			await field.fill(value);
			await field.press('Tab');
		}
		await expect(page.getByText('已儲存')).toHaveCount(2);

		// The one new card of the day, rated Easy: a review card due within reviewAheadDays.
		await page.goto(`/review/${deckIdUnderTest}/`);
		const first = await card(page).getAttribute('data-question');
		await answer(page);
		await page.getByTestId('rating-easy').click();
		await expect(summary(page).getByRole('heading', { name: '今天的進度完成了' })).toBeVisible();
		await expect(page.getByTestId('tomorrow-forecast')).toHaveText(
			/^明天：[01] 張卡到期，另有最多 1 張新卡。$/
		);
		const unstarted = deckQuestions.length - 1;
		const moreNew = page.getByRole('button', {
			name: `今天再學 ${Math.min(unstarted, extraNewCardsStep)} 張新卡`
		});
		await expect(moreNew).toBeVisible();
		await expect(summary(page).getByRole('link', { name: '出一份測驗' })).toBeVisible();

		// The home page's tile says so too, and (the tile being the link to the deck's study) leads to the same choices.
		await page.goto('/');
		const tile = page.locator(`[data-testid="deck-card"][data-deck="${deckIdUnderTest}"]`);
		await expect(tile.getByTestId('done-today')).toHaveText('今天完成了');
		await tile.getByRole('heading', { level: 3 }).getByRole('link').click();
		await expect(page.getByRole('button', { name: /提前複習：/ })).toBeVisible();

		// Review ahead: the Easy card now; forgetting it makes it a lapse.
		await page.getByRole('button', { name: /提前複習：未來 \d+ 天內到期的 1 張卡/ }).click();
		await expect(card(page)).toHaveAttribute('data-question', first!);
		await answer(page);
		await page.getByTestId('rating-again').click();
		// Relearning comes back within the learn-ahead window: remembered this time.
		await expect(card(page)).toHaveAttribute('data-question', first!);
		await answer(page);
		await page.getByTestId('rating-good').click();

		// Practice of the forgotten card: checked, then "Next", and nothing written.
		const practise = page.getByRole('button', { name: /練習最近 \d+ 天內忘記的 1 張卡/ });
		await expect(practise).toBeVisible();
		const logged = await logSize(page);
		await practise.click();
		await expect(card(page)).toHaveAttribute('data-question', first!);
		await expect(card(page).getByText('練習', { exact: false }).first()).toBeVisible();
		await answer(page);
		await expect(page.getByTestId('rating-good')).toHaveCount(0);
		await page.getByTestId('practice-bar').getByRole('button', { name: '下一題' }).click();
		await expect(summary(page).getByText('已練習 1 張忘記的卡。')).toBeVisible();
		expect(await logSize(page)).toBe(logged);

		// More new cards: for today only, the setting stays at 1.
		await page.getByRole('button', { name: /今天再學 \d+ 張新卡/ }).click();
		await expect(card(page)).toHaveAttribute('data-phase', 'new');
		await expect(page.getByTestId('count-new')).toHaveText(String(Math.min(unstarted, extraNewCardsStep)));
		await page.goto('/settings/');
		await expect(page.getByLabel('每日新卡上限')).toHaveValue('1');
	});
}
