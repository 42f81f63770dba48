import { expect, test } from '@playwright/test';
import { answerByClicking, answerByKeyboard, currentQuestion, sessionCounts } from './review-helpers';

const deckReview = '/review/sco-background/';

test.describe('flashcard review', () => {
	test('review by keyboard; after a reload the queue and counts are where they were', async ({ page }) => {
		await page.goto(deckReview);
		const before = await sessionCounts(page);
		expect(before.new).toBeGreaterThanOrEqual(3);
		const seen: string[] = [];
		for (let step = 0; step < 3; step++) {
			seen.push((await currentQuestion(page))!);
			await answerByKeyboard(page);
			// Each rating button shows the interval it will give.
			await expect(page.getByTestId('rating-good').getByTestId('rating-interval')).toHaveText(/\d|<1/);
			await page.keyboard.press('3');
			await expect.poll(() => currentQuestion(page)).not.toBe(seen[step]);
		}
		const next = await currentQuestion(page);
		const after = await sessionCounts(page);
		expect(after.new).toBe(before.new - 3);

		await page.reload();
		expect(await sessionCounts(page)).toEqual(after);
		expect(await currentQuestion(page)).toBe(next);
		expect(seen).not.toContain(next);

		// The home page counts the same progress.
		await page.goto('/decks/sco-background/');
		await expect(page.getByTestId('study-counts').getByTestId('count-new')).toHaveText(String(after.new));
	});

	test('review by clicking, with the correct answer, explanation and source after answering', async ({
		page
	}) => {
		await page.goto(deckReview);
		const first = await currentQuestion(page);
		await answerByClicking(page);
		const card = page.getByTestId('review-card');
		await expect(card.getByTestId('correct-answer')).toBeVisible();
		// The explanation and the source sentence fold into "why", closed until asked for.
		await expect(card.getByTestId('explanation')).toBeHidden();
		await card.getByText('為什麼？').click();
		await expect(card.getByTestId('explanation')).toBeVisible();
		await expect(card.getByTestId('source-quote').getByRole('blockquote')).not.toBeEmpty();
		await expect(card.getByTestId('source-quote').getByRole('button', { name: /看原文段落/ })).toBeVisible();
		await page.getByTestId('rating-again').click();
		await expect.poll(() => currentQuestion(page)).not.toBe(first);
		await page.reload();
		// Again sends a new card to the 1-minute learning step: it is learning, not new, and not yet due.
		await expect(page.getByTestId('review-card')).toBeVisible();
		expect(await currentQuestion(page)).not.toBe(first);
	});

	test('undo restores the card and the counts, several steps back, and survives a reload', async ({
		page
	}) => {
		await page.goto(deckReview);
		const start = await sessionCounts(page);
		const first = await currentQuestion(page);
		await answerByKeyboard(page);
		await page.keyboard.press('4');
		await expect.poll(() => currentQuestion(page)).not.toBe(first);
		const second = await currentQuestion(page);
		await answerByKeyboard(page);
		await page.keyboard.press('4');
		await expect.poll(() => currentQuestion(page)).not.toBe(second);

		await page.keyboard.press('z');
		await expect(page.getByRole('status').filter({ hasText: '已復原' })).toBeVisible();
		expect(await currentQuestion(page)).toBe(second);
		await page.keyboard.press('Control+z');
		await expect.poll(() => currentQuestion(page)).toBe(first);
		expect(await sessionCounts(page)).toEqual(start);

		await page.reload();
		expect(await sessionCounts(page)).toEqual(start);
		expect(await currentQuestion(page)).toBe(first);
	});

	test('a rating made in a second tab is not overwritten by the first', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		await first.goto(deckReview);
		await second.goto(deckReview);
		const question = await currentQuestion(first);
		expect(await currentQuestion(second)).toBe(question);

		await answerByKeyboard(second);
		await second.keyboard.press('4'); // Easy, in the second tab
		await expect.poll(() => currentQuestion(second)).not.toBe(question);
		await answerByKeyboard(first);
		await first.keyboard.press('1'); // Again, in the first tab, on the same card
		await expect(first.getByRole('alert')).toContainText('另一個分頁');

		// The stored card is the second tab's Easy: the question is not due again today in either tab.
		await first.reload();
		await second.reload();
		expect(await currentQuestion(first)).not.toBe(question);
		const counts = await sessionCounts(first);
		expect(counts.learning).toBe(0);
	});

	test('counts on the home page follow ratings made in another tab, live', async ({ context }) => {
		const home = await context.newPage();
		const reviewer = await context.newPage();
		await home.goto('/decks/sco-background/');
		const newCount = home.getByTestId('study-counts').getByTestId('count-new');
		await expect(newCount).toHaveText(/\d+/);
		const before = Number(await newCount.textContent());
		await reviewer.goto(deckReview);
		await answerByKeyboard(reviewer);
		await reviewer.keyboard.press('3');
		await expect(newCount).toHaveText(String(before - 1));
	});

	test('the help overlay opens with ? and closes with Escape', async ({ page }) => {
		await page.goto(deckReview);
		await expect(page.getByTestId('review-card')).toBeVisible();
		// In an answer box "?" is just a character: leave the box first, as a keyboard user would with Tab.
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('?');
		const dialog = page.getByRole('dialog', { name: '鍵盤快捷鍵' });
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('suspend and bury take a card out of the queue; a reload keeps them out', async ({ page }) => {
		await page.goto(deckReview);
		const start = await sessionCounts(page);
		const suspended = await currentQuestion(page);
		await page.getByText('卡片操作').click();
		await page.getByRole('button', { name: '暫停這張卡' }).click();
		await expect(page.getByRole('status').filter({ hasText: '已暫停' })).toBeVisible();
		const buried = await currentQuestion(page);
		expect(buried).not.toBe(suspended);
		await page.getByText('卡片操作').click();
		await page.getByRole('button', { name: '今天先跳過' }).click();
		await expect.poll(() => currentQuestion(page)).not.toBe(buried);
		await page.reload();
		const after = await sessionCounts(page);
		const total = (c: typeof start) => c.new + c.learning + c.review;
		// Two cards left the queue: fewer cards are waiting, unless more new cards were waiting behind the limit.
		expect(total(after)).toBeLessThanOrEqual(total(start));
		const shown = await currentQuestion(page);
		expect([suspended, buried]).not.toContain(shown);
	});
	test('a card suspended by mistake comes back with Z', async ({ page }) => {
		await page.goto(deckReview);
		const suspended = await currentQuestion(page);
		await page.getByText('卡片操作').click();
		await page.getByRole('button', { name: '暫停這張卡' }).click();
		await expect.poll(() => currentQuestion(page)).not.toBe(suspended);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('z');
		await expect.poll(() => currentQuestion(page)).toBe(suspended);
		await page.reload();
		expect(await currentQuestion(page)).toBe(suspended);
	});
});

test.describe('review settings', () => {
	test('a new daily limit takes effect at once and survives a reload; an invalid value is refused', async ({
		page
	}) => {
		await page.goto('/settings/');
		const field = page.getByLabel('每日新卡上限');
		await field.fill('5');
		await field.press('Tab');
		await expect(page.getByText('已儲存').first()).toBeVisible();
		await page.goto(deckReview);
		expect((await sessionCounts(page)).new).toBe(5);

		await page.goto('/settings/');
		const retention = page.getByLabel('目標記憶保留率');
		await retention.fill('1.5');
		await retention.press('Tab');
		await expect(page.getByText('這個值不在允許範圍內')).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('目標記憶保留率')).toHaveValue('0.9');
		await expect(page.getByLabel('每日新卡上限')).toHaveValue('5');
	});
});
