import { expect, test, type Page } from '@playwright/test';

// The theme and text size: chosen in settings, remembered in this browser, and in force before the first paint.
const looks = (page: Page) =>
	page.evaluate(() => ({
		background: getComputedStyle(document.body).backgroundColor,
		fontSize: parseFloat(getComputedStyle(document.body).fontSize)
	}));

test('the theme and text size chosen in settings survive a reload, in force before the first paint', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/settings/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const system = await looks(page);
	await expect(page.getByRole('radio', { name: '跟隨系統' })).toBeChecked();
	await expect(page.getByRole('radio', { name: '標準' })).toBeChecked();

	await page.getByRole('radio', { name: '深色' }).check();
	await page.getByRole('radio', { name: '特大' }).check();
	const chosen = await looks(page);
	expect(chosen.background).not.toBe(system.background);
	expect(chosen.fontSize).toBeGreaterThan(system.fontSize);

	// On reload, what <html> carries when the body starts to be parsed: before any of the app's scripts ran.
	await page.addInitScript(() => {
		// The init script can run before <html> exists: watch the document itself.
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			const root = document.documentElement;
			(window as unknown as { atFirstBody: unknown }).atFirstBody = {
				theme: root.getAttribute('data-theme'),
				size: root.getAttribute('data-text-size')
			};
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.reload();
	expect(await page.evaluate(() => (window as unknown as { atFirstBody: unknown }).atFirstBody)).toEqual({
		theme: 'dark',
		size: 'larger'
	});
	await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();
	await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();
	expect(await looks(page)).toEqual(chosen);

	// Every page follows it, and "follow the system" with the standard size goes back to how it was.
	await page.goto('/en/');
	expect(await looks(page)).toEqual(chosen);
	await page.goto('/settings/');
	await page.waitForLoadState('networkidle');
	await page.getByRole('radio', { name: '跟隨系統' }).check();
	await page.getByRole('radio', { name: '標準' }).check();
	await page.reload();
	expect(await looks(page)).toEqual(system);
});
