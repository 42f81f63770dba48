import { expect, test, type Page } from '@playwright/test';

// The narrowest phones the app supports.
test.use({ viewport: { width: 360, height: 740 } });

const sidewaysOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('on a 360px phone a quiz is built, taken by touch and reviewed without sideways scrolling', async ({
	page
}) => {
	await page.goto('/quiz/');
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	// Ordering and matching have the widest controls.
	await page.getByText('全部題型').tap();
	await page.getByRole('checkbox', { name: /^排序題/ }).tap();
	await page.getByRole('checkbox', { name: /^配對題/ }).tap();
	await page.getByLabel('題數').fill('2');
	await page.getByRole('button', { name: '開始測驗' }).tap();

	for (let position = 1; position <= 2; position++) {
		const card = page.getByTestId('quiz-card');
		await expect(card).toBeVisible();
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
		if ((await card.getAttribute('data-kind')) === 'matching') {
			const selects = card.locator('select');
			for (let index = 0; index < (await selects.count()); index++)
				await selects.nth(index).selectOption({ index: 1 });
		} else await card.getByRole('button', { name: /下移$/ }).first().tap();
		await card.getByRole('button', { name: '檢查答案' }).tap();
		await expect(page.getByTestId('quiz-feedback')).toBeVisible();
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: position === 2 ? '看成績' : '下一題' }).tap();
	}
	await expect(page.getByTestId('quiz-results')).toBeVisible();
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	await page.goto('/quiz/history/');
	await expect(page.getByTestId('quiz-attempts')).toBeVisible();
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});
