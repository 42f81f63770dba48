import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, currentQuestion } from './review-helpers';

const deckReview = '/review/sco-background/';

/** Rates the cards on screen in turn (1 Again … 4 Easy) and returns their question ids. */
async function rateCards(page: Page, ratingKeys: string[]): Promise<string[]> {
	await page.goto(deckReview);
	const rated: string[] = [];
	for (const key of ratingKeys) {
		const question = (await currentQuestion(page))!;
		await answerByKeyboard(page);
		await page.keyboard.press(key);
		await expect.poll(() => currentQuestion(page)).not.toBe(question);
		rated.push(question);
	}
	return rated;
}

test.describe('statistics, card history and the memory map', () => {
	test('ratings show in today’s figures, the heatmap, the card’s history and the reader, after a reload', async ({
		page
	}) => {
		const keys = ['1', '3', '3'];
		const rated = await rateCards(page, keys);
		const agains = keys.filter((key) => key === '1').length;

		// The review session's end links to the statistics; the header does too.
		await page.getByRole('navigation').getByRole('link', { name: '統計' }).click();
		for (const reload of [false, true]) {
			if (reload) await page.reload();
			const today = page.getByTestId('today-figures');
			await expect(today.getByTestId('today-cards')).toHaveText(String(rated.length));
			await expect(today.getByTestId('today-again')).toHaveText(String(agains));
			const calendar = page.getByTestId('figure-calendar');
			await expect(calendar.getByTestId('current-streak')).toHaveText('1 天');
			// The heatmap is drawn, and says in words what it shows: today's reviews on one day.
			const heatmap = calendar.getByRole('img');
			await expect(heatmap).toHaveAccessibleName(`過去一年在 1 天裡複習了 ${keys.length} 次`);
			await expect(heatmap.locator('svg')).toBeVisible();
			await calendar.getByRole('button', { name: '以表格顯示' }).click();
			// The newest day in the table is today, with every rating made.
			await expect(calendar.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(String(keys.length));
		}

		// The card's own history, on its question page.
		await page.goto(`/questions/${rated[0]}/`);
		const info = page.getByTestId('card-info');
		const history = info.getByTestId('card-history');
		await expect(history.getByRole('row')).toHaveCount(1 + 1);
		await expect(history.getByRole('row').nth(1)).toContainText('重來');
		await expect(info.getByTestId('card-phase')).toHaveText('學習中');

		// The reader's memory map shades the paragraphs those cards come from.
		await page.goto('/article/');
		for (const reload of [false, true]) {
			if (reload) await page.reload();
			await page.getByRole('button', { name: '記憶地圖' }).click();
			await expect(page.getByRole('button', { name: '記憶地圖' })).toHaveAttribute('aria-pressed', 'true');
			for (const question of rated) {
				const paragraph = page.locator(`[id="q-${question}"]`).locator('xpath=ancestor::section[1]');
				await expect(paragraph).toHaveAttribute('data-memory-band', /weak|fading|strong/);
				await expect(paragraph.getByTestId('paragraph-memory')).toContainText('已學');
				await expect(paragraph.getByRole('link', { name: /現在複習這/ })).toHaveAttribute(
					'href',
					/quiz\/take\/#q=/
				);
			}
			await expect(page.getByTestId('memory-legend')).toBeVisible();
		}
	});

	test('a learner with no reviews sees zeros and an empty history, in English too', async ({ page }) => {
		await page.goto('/en/stats/');
		await expect(page.getByTestId('today-cards')).toHaveText('0');
		const calendar = page.getByTestId('figure-calendar');
		await calendar.getByRole('button', { name: 'Show as a table' }).click();
		await expect(calendar.getByRole('cell', { name: /No reviews yet/ })).toBeVisible();
		await expect(page.getByTestId('article-recall')).toHaveText('0%');
	});

	test('one deck’s statistics leave out the other decks’ reviews', async ({ page }) => {
		const rated = await rateCards(page, ['3']);
		await page.goto('/stats/');
		await expect(page.getByTestId('today-cards')).toHaveText(String(rated.length));
		const label = page.getByLabel('範圍');
		const other = await label.locator('option').nth(2).getAttribute('value');
		await label.selectOption(other!);
		await expect(page.getByTestId('today-cards')).toHaveText('0');
		await page.reload();
		await expect(page.getByLabel('範圍')).toHaveValue(other!);
		await expect(page.getByTestId('today-cards')).toHaveText('0');

		// An address naming a deck the catalog lacks shows every deck.
		await page.goto('/');
		await page.goto('/stats/#deck=no-such-deck');
		await expect(page.getByLabel('範圍')).toHaveValue('');
		await expect(page.getByTestId('today-cards')).toHaveText(String(rated.length));
	});

	test('when the questions cannot be loaded, the page says so and still shows today’s figures', async ({
		page,
		context
	}) => {
		const rated = await rateCards(page, ['3']);
		await context.route('**/content/index.json', (route) => route.fulfill({ status: 503, body: '' }));
		await page.goto('/en/stats/');
		await expect(page.getByRole('alert')).toContainText('The questions could not be loaded');
		await expect(page.getByTestId('today-cards')).toHaveText(String(rated.length));
		await expect(page.getByRole('status')).toHaveCount(0);
	});
});

test.describe('what each page downloads', () => {
	// What the page itself loads: the service worker's precache (every route's files) would both blur the answer and
	// keep the network busy for seconds after the first visit (CI once timed out waiting for it to go idle).
	test.use({ serviceWorkers: 'block' });
	type Script = { url: string; text: string };
	/** The JavaScript (and WebAssembly) a page loads. */
	async function scriptsOf(page: Page, path: string): Promise<Script[]> {
		const bodies: Promise<Script>[] = [];
		const listener = (response: import('@playwright/test').Response) => {
			const url = response.url();
			if (/\.(m?js|wasm)(\?|$)/.test(url))
				bodies.push(
					response.text().then(
						(text) => ({ url, text }),
						() => ({ url, text: '' })
					)
				);
		};
		page.on('response', listener);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		page.off('response', listener);
		return Promise.all(bodies);
	}
	const chartCode = /data-chart=/;
	const optimizerCode = /fsrs_browser|computeParametersAnki/;

	test('the home page and the reviewer load no chart or optimizer code; the statistics page loads the charts', async ({
		page
	}) => {
		for (const path of ['/', deckReview]) {
			const scripts = await scriptsOf(page, path);
			expect(scripts.length, path).toBeGreaterThan(0);
			const matching = (code: RegExp) =>
				scripts.filter(({ text, url }) => code.test(text) || code.test(url)).map(({ url }) => url);
			expect(matching(chartCode), path).toEqual([]);
			expect(matching(optimizerCode), path).toEqual([]);
		}
		const stats = await scriptsOf(page, '/stats/');
		expect(stats.some(({ text }) => chartCode.test(text))).toBe(true);
	});
});
