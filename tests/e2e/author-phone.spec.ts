import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { splitParagraphs } from '../../src/lib/domain/article';
import author from '../../src/lib/i18n/author/zh';
import common from '../../src/lib/i18n/common/zh';

// The editor on a phone: the article is pasted, a sentence is tapped, a kind chosen, and the form opens, with
// nothing wider than the screen.
const article = readFileSync(new URL('../fixtures/author-article.txt', import.meta.url), 'utf8');
const paragraphs = splitParagraphs(article);

test('on a phone, a tapped sentence becomes a question whose form fits the screen', async ({ page }) => {
	await page.goto('/author/');
	await page.getByRole('button', { name: '新文章' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '未命名的文章' })).toBeVisible();
	await page.getByLabel('貼上文章內容').fill(article);
	await page.getByRole('button', { name: '分成段落' }).click();
	await expect(page.getByTestId('draft-paragraph')).toHaveCount(paragraphs.length);
	const sentence = '天津峰會有二十多國領袖出席。';
	await page.getByRole('button', { name: sentence, exact: true }).tap();
	await expect(page.getByRole('button', { name: sentence, exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('button', { name: common.kind['single-choice'], exact: true }).tap();
	await expect(
		page.getByRole('textbox', { name: `題目 · ${author.mainLanguage('zh')}`, exact: true })
	).toBeFocused();
	await expect(page.getByRole('textbox', { name: '文章中的引文 1 · 第 3 段' })).toHaveValue(sentence);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
