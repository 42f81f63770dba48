import { expect, test } from '@playwright/test';
import { defaultReviewSettings } from '../../src/lib/domain/scheduling/settings';

// The settings page: the basic settings in view, the advanced ones folded, and "restore defaults" after a question.
test('basic settings are shown and advanced ones folded; restoring the defaults asks first and keeps nothing else changed', async ({
	page
}) => {
	await page.goto('/settings/');
	const newCards = page.getByLabel('每日新卡上限');
	await expect(newCards).toBeVisible();
	const steps = page.getByLabel('學習步驟（分鐘）', { exact: true });
	await expect(steps).toBeHidden();
	await page.getByText('進階設定').click();
	await expect(steps).toBeVisible();

	await newCards.fill('7');
	await newCards.press('Tab');
	await steps.fill('3 30');
	await steps.press('Tab');
	await expect(page.getByText('已儲存')).toHaveCount(2);

	// Cancel changes nothing.
	await page.getByRole('button', { name: '恢復預設設定…' }).click();
	await page.getByRole('button', { name: '取消' }).click();
	await page.reload();
	await expect(page.getByLabel('每日新卡上限')).toHaveValue('7');

	await page.getByRole('button', { name: '恢復預設設定…' }).click();
	await page.getByRole('button', { name: '恢復預設值' }).click();
	await expect(page.getByText('複習設定已恢復為預設值。')).toBeVisible();
	await expect(page.getByLabel('每日新卡上限')).toHaveValue(String(defaultReviewSettings.newCardsPerDay));
	await page.reload();
	await expect(page.getByLabel('每日新卡上限')).toHaveValue(String(defaultReviewSettings.newCardsPerDay));
	await page.getByText('進階設定').click();
	await expect(page.getByLabel('學習步驟（分鐘）', { exact: true })).toHaveValue(
		defaultReviewSettings.learningStepsMinutes.join(' ')
	);
});
