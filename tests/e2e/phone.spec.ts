import { expect, test } from '@playwright/test';

test('on a phone, pages fit the screen without sideways scrolling', async ({ page }) => {
	for (const path of ['/', '/article/', '/en/']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.goto('/');
	await page.getByTestId('deck-card').first().getByRole('link').tap();
	await expect(page.getByTestId('question-item').first()).toBeVisible();
});
