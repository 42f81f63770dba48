import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerByKeyboard, currentQuestion } from './review-helpers';

/** A device: a fresh browser that rates the first cards of a deck Good. */
async function deviceThatRates(browser: Browser, deck: string, count: number): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`/review/${deck}/`);
	for (let step = 0; step < count; step++) {
		const before = await currentQuestion(page);
		await answerByKeyboard(page);
		await page.keyboard.press('3');
		await expect.poll(() => currentQuestion(page)).not.toBe(before);
	}
	return page;
}

async function downloadBackup(page: Page): Promise<string> {
	await page.goto('/settings/');
	await expect(page.getByLabel('每日新卡上限')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: '下載備份' }).click();
	return (await (await downloading).path())!;
}

async function merge(page: Page, backupPath: string, expectedNew: number) {
	await page.goto('/settings/');
	await expect(page.getByLabel('每日新卡上限')).toBeVisible();
	await page.getByLabel('合併備份…', { exact: true }).setInputFiles(backupPath);
	const preview = page.getByTestId('merge-preview');
	await expect(preview).toContainText(`備份會加入 ${expectedNew} 次`);
	await preview.getByRole('button', { name: '合併' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已合併' })).toBeVisible();
}

async function todayCards(page: Page): Promise<string | null> {
	await page.goto('/stats/');
	return page.getByTestId('today-cards').textContent();
}

test("a phone's and a laptop's progress merged either way give the same result, each review once", async ({
	browser
}) => {
	test.setTimeout(120_000);
	const phone = await deviceThatRates(browser, 'sco-background', 2);
	const laptop = await deviceThatRates(browser, 'de-russification', 3);
	const phoneBackup = await downloadBackup(phone);
	const laptopBackup = await downloadBackup(laptop);

	await merge(laptop, phoneBackup, 2);
	await merge(phone, laptopBackup, 3);
	await expect.poll(() => todayCards(laptop)).toBe('5');
	await expect.poll(() => todayCards(phone)).toBe('5');

	// Merging the same backup again adds nothing.
	await laptop.goto('/settings/');
	await expect(laptop.getByLabel('每日新卡上限')).toBeVisible();
	await laptop.getByLabel('合併備份…', { exact: true }).setInputFiles(phoneBackup);
	await expect(laptop.getByRole('status').filter({ hasText: '不需要合併' })).toBeVisible();
	expect(await todayCards(laptop)).toBe('5');
});
