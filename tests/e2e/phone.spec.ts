import { expect, test, type Page } from '@playwright/test';
import { routes } from './routes';

/** What the phone's header and tab bar say, as a learner reads them. */
const ui = {
	zh: {
		tabs: ['閱讀', '複習', '測驗', '課堂'],
		menu: '選單',
		cards: '卡片',
		stats: '統計',
		settings: '設定',
		other: 'English'
	},
	en: {
		tabs: ['Read', 'Review', 'Quiz', 'Class'],
		menu: 'Menu',
		cards: 'Cards',
		stats: 'Statistics',
		settings: 'Settings',
		other: '中文'
	}
};
const tabLabels = (language: 'zh' | 'en') => ui[language].tabs;
/** Screens projected to a class, which carry none of the app's navigation. */
const shownToAClass = (route: string) => route.startsWith('/class/projector/');

/** Waits until the screen's own content is on screen (its scripts ran), not only the prerendered shell. */
async function screenShown(page: Page) {
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await expect(page.getByText(/^(載入中…|Loading…)$/)).toHaveCount(0);
}

// The service worker is not under test here; its precache would only slow the pages down.
test.use({ serviceWorkers: 'block' });

for (const language of ['zh', 'en'] as const) {
	const prefix = language === 'en' ? '/en' : '';
	test(`at 320 px nothing overflows sideways and the tab bar and menu are on screen, on every route (${language})`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		await page.setViewportSize({ width: 320, height: 640 });
		const found: string[] = [];
		for (const route of routes) {
			await page.goto(`${prefix}${route}`);
			await screenShown(page);
			const { scrollWidth, clientWidth } = await page.evaluate(() => ({
				scrollWidth: document.scrollingElement!.scrollWidth,
				clientWidth: document.scrollingElement!.clientWidth
			}));
			if (scrollWidth > clientWidth) found.push(`${route}: ${scrollWidth} px wide in ${clientWidth} px`);
			const navigation = page.getByRole('navigation');
			if (shownToAClass(route)) {
				// The projector shows the class no site chrome: no tab bar, no menu.
				await expect(navigation).toHaveCount(0);
				continue;
			}
			for (const label of tabLabels(language))
				await expect(navigation.getByRole('link', { name: label }), `${route}: ${label}`).toBeInViewport({
					ratio: 1
				});
			await expect(page.getByRole('button', { name: ui[language].menu })).toBeInViewport({ ratio: 1 });
		}
		expect(found).toEqual([]);
	});
}

test('the tab bar goes to each section and marks the current one; the page ends above it', async ({
	page
}) => {
	await page.goto('/');
	await screenShown(page);
	const navigation = page.getByRole('navigation');
	const labels = tabLabels('zh');
	for (const [position, label] of labels.entries()) {
		await navigation.getByRole('link', { name: label }).tap();
		await expect(navigation.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
		for (const other of labels.filter((_, index) => index !== position))
			await expect(navigation.getByRole('link', { name: other })).not.toHaveAttribute('aria-current');
	}
	// The bar's height is on the document for whatever else sits at the bottom (the reviewer's rating bar),
	// and the page's last line scrolls into view above the bar.
	const barHeight = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.height = 'var(--bottom-bar-height, 0px)';
		document.body.append(probe);
		const height = probe.getBoundingClientRect().height;
		probe.remove();
		return height;
	});
	const tabBox = (await navigation.getByRole('link', { name: labels[0] }).boundingBox())!;
	expect(barHeight).toBeGreaterThanOrEqual(tabBox.height);
	// The bar (a 1 px border above its links) is exactly that high, at the bottom of the screen.
	expect(Math.abs(tabBox.y + tabBox.height - page.viewportSize()!.height)).toBeLessThanOrEqual(1);
	expect(barHeight - tabBox.height).toBeLessThanOrEqual(1);
	await page.goto('/article/');
	await screenShown(page);
	const footer = page.getByRole('contentinfo');
	await footer.scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
	const footerBox = (await footer.boundingBox())!;
	const barBox = (await navigation.getByRole('link', { name: labels[0] }).boundingBox())!;
	expect(footerBox.y + footerBox.height).toBeLessThanOrEqual(barBox.y + 1);
});

test('the menu holds the card browser, statistics, settings and the language; Escape closes it and focus returns', async ({
	page
}) => {
	await page.goto('/');
	await screenShown(page);
	const t = ui.zh;
	const menuButton = page.getByRole('button', { name: t.menu });
	// On a phone the header shows no statistics or settings link until the menu opens.
	await expect(page.getByRole('link', { name: t.settings })).toHaveCount(0);
	await menuButton.focus();
	await page.keyboard.press('Enter');
	await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
	const menu = page.getByRole('group', { name: t.menu });
	await expect(menu.getByRole('link', { name: t.cards })).toBeVisible();
	await expect(menu.getByRole('link', { name: t.stats })).toBeVisible();
	await expect(menu.getByRole('link', { name: t.settings })).toBeVisible();
	await expect(menu.getByRole('link', { name: t.other })).toBeVisible();
	// The display settings are in the menu too.
	await expect(menu.getByRole('radio', { name: '深色' })).toBeVisible();
	await expect(menu.getByRole('radio', { name: '特大' })).toBeVisible();
	// Keyboard: Tab moves into the menu, Escape closes it and puts focus back on its button.
	await page.keyboard.press('Tab');
	await expect(menu.getByRole('link', { name: t.cards })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toHaveCount(0);
	await expect(menuButton).toBeFocused();
	await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

	// A link in the menu goes there, and the menu closes.
	await menuButton.tap();
	await page.getByRole('group', { name: t.menu }).getByRole('link', { name: t.settings }).tap();
	await expect(page).toHaveURL(/\/settings\/$/);
	await expect(page.getByRole('group', { name: t.menu })).toHaveCount(0);

	// The language switch is in the menu too.
	await menuButton.tap();
	await page.getByRole('group', { name: t.menu }).getByRole('link', { name: t.other }).tap();
	await expect(page).toHaveURL(/\/en\/settings\/$/);
});
