import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answerByKeyboard, sessionCounts } from './review-helpers';

test('a backup restores progress in another browser; a damaged file is refused and changes nothing', async ({
	browser
}) => {
	// Progress in the first browser: two new cards studied.
	const first = await browser.newContext();
	const page = await first.newPage();
	await page.goto('/review/sco-background/');
	const start = await sessionCounts(page);
	for (let step = 0; step < 2; step++) {
		const before = await page.getByTestId('review-card').getAttribute('data-question');
		await answerByKeyboard(page);
		await page.keyboard.press('4');
		await expect.poll(() => page.getByTestId('review-card').getAttribute('data-question')).not.toBe(before);
	}
	await page.goto('/settings/');
	await expect(page.getByLabel('每日新卡上限')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: '下載備份' }).click();
	const backupPath = await (await downloading).path();
	const backup = readFileSync(backupPath, 'utf8');
	expect(JSON.parse(backup).tables.cards).toHaveLength(2);

	// A fresh browser: a damaged file is refused, then the real backup brings the progress over.
	const second = await browser.newContext();
	const other = await second.newPage();
	await other.goto('/settings/');
	// The settings have loaded, so the page is live and its file input answers.
	await expect(other.getByLabel('每日新卡上限')).toBeVisible();
	other.on('dialog', (dialog) => dialog.accept());
	const damaged = JSON.parse(backup);
	damaged.tables.cards[0].dueAtMs = 'tomorrow';
	await other.getByLabel('從備份還原…', { exact: true }).setInputFiles({
		name: 'damaged.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(damaged))
	});
	await expect(other.getByRole('status').filter({ hasText: '已損壞或被修改過' })).toBeVisible();
	await other.goto('/review/sco-background/');
	expect(await sessionCounts(other)).toEqual(start);

	await other.goto('/settings/');
	// The settings have loaded, so the page is live and its file input answers.
	await expect(other.getByLabel('每日新卡上限')).toBeVisible();
	await other.getByLabel('從備份還原…', { exact: true }).setInputFiles(backupPath);
	await expect(other.getByRole('status').filter({ hasText: '已從備份還原' })).toBeVisible();
	await other.goto('/review/sco-background/');
	expect((await sessionCounts(other)).new).toBe(start.new - 2);
	await first.close();
	await second.close();
});
