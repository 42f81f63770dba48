// axe-core on every route, in both languages and both colour schemes: no violation anywhere. A new screen is added
// to tests/e2e/routes.ts and is checked here (and by the Content Security Policy suite) from then on.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard } from './review-helpers';
import { routes } from './routes';

/** axe's violations on the page as it is now, one line each: rule, help and how many nodes. */
async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.length}: ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')})`
	);
}

/** Waits until the screen's own content is on screen (its scripts ran), not only the prerendered shell. */
async function screenShown(page: Page) {
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await expect(page.getByText(/^(載入中…|Loading…)$/)).toHaveCount(0);
}

// The service worker is not under test here; its precache would only slow the pages down.
test.use({ serviceWorkers: 'block' });

for (const colorScheme of ['light', 'dark'] as const) {
	for (const language of ['zh', 'en'] as const) {
		const prefix = language === 'en' ? '/en' : '';
		// Two halves per scheme and language, so that the test workers share the routes.
		for (const [half, share] of [
			['first', routes.slice(0, routes.length / 2)],
			['second', routes.slice(routes.length / 2)]
		] as const) {
			test(`no axe violations on any route: ${colorScheme}, ${language}, ${half} half`, async ({ page }) => {
				// axe checks every node of long pages (the article, the argument): slow on a loaded machine.
				test.setTimeout(240_000);
				await page.emulateMedia({ colorScheme });
				const found: string[] = [];
				for (const route of share) {
					await page.goto(`${prefix}${route}`);
					await screenShown(page);
					for (const violation of await violations(page)) found.push(`${route}: ${violation}`);
				}
				expect(found).toEqual([]);
			});
		}
		test(`no axe violations on an answered review card: ${colorScheme}, ${language}`, async ({ page }) => {
			test.setTimeout(60_000);
			await page.emulateMedia({ colorScheme });
			await page.goto(`${prefix}/review/all/`);
			await answerByKeyboard(page);
			expect(await violations(page)).toEqual([]);
		});
	}
}
