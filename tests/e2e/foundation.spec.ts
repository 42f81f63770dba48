import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseArticle } from '../../src/lib/domain/article';

// Counts come from the content, not literals: the article as the build reads it.
const article = parseArticle(
	readFileSync(new URL('../../questions/sco-central-asia/article.txt', import.meta.url), 'utf8')
);

test.describe('browsing the content', () => {
	test('home lists the decks with their question counts, matching each deck page', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('上合與中亞：讀報學習');
		const cards = page.getByTestId('deck-card');
		expect(await cards.count()).toBeGreaterThan(0);
		const first = cards.first();
		const countText = await first.getByTestId('question-count').textContent();
		const count = Number(countText?.match(/\d+/)?.[0]);
		// The tile itself studies the deck; its page of questions is the tile's second link.
		await first.getByRole('link', { name: '題目與匯出' }).click();
		await expect(page.getByTestId('question-item')).toHaveCount(count);
	});

	test('a question reveals its answer and explanation, and shows the other language on request', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByTestId('deck-card').first().getByRole('link', { name: '題目與匯出' }).click();
		await page.getByTestId('question-item').first().getByRole('link').first().click();
		const card = page.getByTestId('question-card');
		await expect(card.getByTestId('answer')).toHaveCount(0);
		// The page is prerendered: its buttons work once its scripts have run.
		await page.waitForLoadState('networkidle');
		await card.getByRole('button', { name: '顯示答案' }).click();
		await expect(card.getByTestId('answer')).toBeVisible();
		await expect(card.getByTestId('other-language')).toHaveCount(0);
		await card.getByRole('button', { name: '顯示英文' }).click();
		await expect(card.getByTestId('other-language').first()).toBeVisible();
		await expect(card.getByTestId('other-language').first()).toHaveAttribute('lang', 'en');
	});

	test('a question leads to its highlighted sentence in the article, and back', async ({ page }) => {
		await page.goto('/');
		await page.getByTestId('deck-card').first().getByRole('link', { name: '題目與匯出' }).click();
		await page.getByTestId('question-item').first().getByRole('link').first().click();
		await expect(page).toHaveURL(/\/questions\/[a-z0-9-]+\/$/);
		const questionUrl = page.url();
		const prompt = await page.getByTestId('question-card').getByRole('heading', { level: 1 }).textContent();
		const quote = (await page
			.getByTestId('source-quote')
			.getByRole('blockquote')
			.first()
			.textContent())!.trim();

		await page.getByTestId('source-quote').getByRole('link').first().click();
		await expect(page).toHaveURL(/\/article\/#q-/);
		const highlight = page.getByTestId('source-highlight');
		await expect(highlight.first()).toBeVisible();
		expect((await highlight.allTextContents()).join('')).toBe(quote);
		await expect(highlight.first()).toBeInViewport();
		await expect(page.getByRole('status')).toContainText(prompt!.trim());

		await page.getByRole('link', { name: '回到題目' }).click();
		await expect(page).toHaveURL(questionUrl);
	});

	test('the reader shows each paragraph with its question count, linking to those questions', async ({
		page
	}) => {
		await page.goto('/article/');
		await expect(page.getByTestId('paragraph')).toHaveCount(article.paragraphs.length);
		await expect(page.getByTestId('paragraph').and(page.locator('[data-kind="caption"]'))).toHaveCount(
			article.paragraphs.filter((paragraph) => paragraph.kind === 'caption').length
		);
		const firstParagraph = page.locator('#p1');
		const label = await firstParagraph.getByRole('link', { name: /題出自此段$/ }).textContent();
		const count = Number(label?.match(/\d+/)?.[0]);
		expect(count).toBeGreaterThan(0);
		const paragraphText = (await firstParagraph.getByTestId('paragraph-text').textContent())!.replace(
			/\s+/g,
			''
		);

		await firstParagraph.getByRole('link', { name: /題出自此段$/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('出自第 1 段的題目');
		await expect(page.getByTestId('question-item')).toHaveCount(count);

		// Every listed question quotes this paragraph.
		await page.getByTestId('question-item').getByRole('link').first().click();
		const quote = (await page
			.getByTestId('source-quote')
			.getByRole('blockquote')
			.first()
			.textContent())!.trim();
		expect(paragraphText).toContain(quote.replace(/\s+/g, ''));
	});

	test('an unknown address shows a clear not-found page', async ({ page }) => {
		const response = await page.goto('/decks/no-such-deck/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這一頁');
	});
});

test.describe('choosing a language', () => {
	test('switching to English shows the English pages, and the choice survives a reload', async ({ page }) => {
		await page.goto('/article/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/article\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Central Asia, Russia and China around the SCO summit in Tianjin'
		);

		await page.reload();
		await expect(page.getByRole('link', { name: 'Read', exact: true })).toBeVisible();

		// Opening the Chinese address sends the learner to their chosen language.
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.getByRole('heading', { name: 'Decks' })).toBeVisible();

		await page.getByRole('link', { name: '中文' }).click();
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
		await expect(page.getByRole('heading', { name: '題組' })).toBeVisible();
	});

	test('English deck pages show the English question text', async ({ page }) => {
		await page.goto('/en/');
		await page.getByTestId('deck-card').first().getByRole('link', { name: 'Questions & export' }).click();
		// The first link of an item is its prompt.
		const prompt = await page.getByTestId('question-item').first().getByRole('link').first().textContent();
		expect(prompt).toMatch(/[A-Za-z]/);
	});
});
