import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { splitParagraphs } from '../../src/lib/domain/article';
import author from '../../src/lib/i18n/author/zh';
import common from '../../src/lib/i18n/common/zh';

// Issue 17: "the editor works by keyboard and on a tablet". On a tablet-sized touch screen, a question is written
// with the keyboard alone (every control reached by focus and worked by Enter, Space and typing, the browser's
// input path), and a sentence is chosen by a tap.
const article = readFileSync(new URL('../fixtures/author-article.txt', import.meta.url), 'utf8');
const paragraphs = splitParagraphs(article);
const sentences = paragraphs.flatMap((paragraph) => paragraph.text.match(/[^。！？]+[。！？]/g) ?? []);

test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

const field = (page: Page, label: string) =>
	page.getByRole('textbox', { name: `${label} · ${author.mainLanguage('zh')}`, exact: true });

async function press(page: Page, target: ReturnType<Page['getByRole']>, key: string) {
	await target.focus();
	await page.keyboard.press(key);
}

test('on a tablet, a question is written with the keyboard alone, and a sentence is chosen by a tap', async ({
	page
}) => {
	await page.goto('/author/');
	await press(page, page.getByRole('button', { name: '新文章' }), 'Enter');
	await expect(page.getByRole('heading', { level: 1, name: '未命名的文章' })).toBeVisible();
	await page.getByRole('textbox', { name: '標題', exact: true }).focus();
	await page.keyboard.type('中亞的新角色');
	await page.getByLabel('貼上文章內容').focus();
	await page.keyboard.insertText(article);
	await press(page, page.getByRole('button', { name: '分成段落' }), 'Enter');
	await expect(page.getByTestId('draft-paragraph')).toHaveCount(paragraphs.length);

	// A sentence chosen with Space, a kind with Enter: the form opens with its first field focused.
	const first = sentences.find((text) => text.includes('托卡耶夫'))!;
	await press(page, page.getByRole('button', { name: first, exact: true }), 'Space');
	await expect(page.getByText('已選取 1 句')).toBeVisible();
	await press(page, page.getByRole('button', { name: common.kind['single-choice'], exact: true }), 'Enter');
	await expect(page.getByTestId('draft-question')).toHaveCount(1);
	await expect(field(page, '題目')).toBeFocused();
	await page.keyboard.type('托卡耶夫說區域合作應以什麼為先？');
	await field(page, '解說').focus();
	await page.keyboard.type('見第2段。');
	for (const [index, text] of ['經濟', '軍事', '文化'].entries()) {
		await field(page, `選項 ${index + 1}`).focus();
		await page.keyboard.type(text);
	}
	const options = page.getByRole('group', { name: '選項' });
	await expect(options.getByText(/請只標出一個正確選項/)).toBeVisible();
	await press(page, page.getByLabel('正確 (選項 1)'), 'Space');
	await expect(page.getByLabel('正確 (選項 1)')).toBeChecked();
	await expect(options.getByText(/請只標出一個正確選項/)).toBeHidden();

	// A tap chooses another sentence for the next question.
	const second = sentences.find((text) => text.includes('天津'))!;
	await page.getByRole('button', { name: second, exact: true }).tap();
	await expect(page.getByText('已選取 1 句')).toBeVisible();
	await press(page, page.getByRole('button', { name: common.kind.flashcard, exact: true }), 'Enter');
	await expect(page.getByTestId('draft-question')).toHaveCount(2);
	await expect(field(page, '題目')).toBeFocused();
});
