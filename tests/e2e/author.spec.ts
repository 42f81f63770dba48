import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { splitParagraphs } from '../../src/lib/domain/article';
import { parsePack } from '../../src/lib/domain/pack/parse';
import { questionKinds, type QuestionKind } from '../../src/lib/domain/question';
import author from '../../src/lib/i18n/author/zh';
import common from '../../src/lib/i18n/common/zh';

// The editor, as a teacher uses it: paste an article, write one question of each kind by selecting its sentences,
// reload half-way and find everything, export the pack (it parses), and study it on this device.
const article = readFileSync(new URL('../fixtures/author-article.txt', import.meta.url), 'utf8');
const paragraphs = splitParagraphs(article);
const sentence = (text: string) => {
	if (!paragraphs.some((paragraph) => paragraph.text.includes(text)))
		throw new Error(`not in the fixture: ${text}`);
	return text;
};

const textbox = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
/** A text written in the article's language (Chinese here): its label names the language. */
const field = (page: Page, label: string) => textbox(page, `${label} · ${author.mainLanguage('zh')}`);

/** Selects a sentence of the article, picks a kind, and waits for its form. */
async function startQuestion(page: Page, text: string, kind: QuestionKind, expectedCount: number) {
	await page.getByRole('button', { name: sentence(text), exact: true }).click();
	await expect(page.getByText('已選取 1 句')).toBeVisible();
	await page.getByRole('button', { name: common.kind[kind], exact: true }).click();
	await expect(page.getByTestId('draft-question')).toHaveCount(expectedCount);
	await expect(field(page, '題目')).toBeFocused();
}

async function common3(page: Page, prompt: string, explanation: string) {
	await field(page, '題目').fill(prompt);
	await field(page, '解說').fill(explanation);
}

test('a teacher writes a question of each kind on a pasted article, reloads, exports the pack and studies it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/author/');
	await expect(page.getByRole('heading', { level: 1, name: '自己出題' })).toBeVisible();
	await expect(page.getByText('還沒有草稿')).toBeVisible();
	await page.getByRole('button', { name: '新文章' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '未命名的文章' })).toBeVisible();

	await textbox(page, '標題').fill('中亞的新角色');
	await page.getByLabel('日期', { exact: true }).fill('2025-09-05');
	await page.getByLabel('貼上文章內容').fill(article);
	await page.getByRole('button', { name: '分成段落' }).click();
	await expect(page.getByTestId('draft-paragraph')).toHaveCount(paragraphs.length);
	// Headings and captions are shown as the build classifies them.
	await expect(page.getByLabel('第 1 段的類型')).toHaveValue('heading');
	await expect(page.getByLabel(`第 ${paragraphs.length} 段的類型`)).toHaveValue('caption');

	await field(page, '題組名稱').fill('中亞基本');
	await field(page, '題組說明').fill('成立與核心');

	// 1. Flashcard.
	await startQuestion(page, '上海合作組織成立於2001年，中亞國家是組織的核心。', 'flashcard', 1);
	await common3(page, '上合的核心是誰？', '見第2段。');
	await field(page, '答案').fill('中亞國家');

	// 2. Single choice.
	await startQuestion(page, '哈薩克總統托卡耶夫表示，區域合作必須以經濟為先。', 'single-choice', 2);
	await common3(page, '托卡耶夫說區域合作應以什麼為先？', '見第2段。');
	for (const [index, text] of ['經濟', '軍事', '文化'].entries()) {
		await field(page, `選項 ${index + 1}`).fill(text);
	}
	// A problem is named beside its field until it is fixed.
	const options = page.getByRole('group', { name: '選項' });
	await expect(options.getByText('請只標出一個正確選項（目前標了 0 個）。')).toBeVisible();
	await page.getByLabel('正確 (選項 1)').check();
	await expect(options.getByText('請只標出一個正確選項')).toBeHidden();

	// 3. Multiple select.
	await startQuestion(page, '天津峰會有二十多國領袖出席。', 'multiple-select', 3);
	await common3(page, '第3段說了哪些事？', '見第3段。');
	for (const [index, text] of ['峰會在天津', '二十多國領袖出席', '俄羅斯退出'].entries()) {
		await field(page, `選項 ${index + 1}`).fill(text);
	}
	await page.getByLabel('正確 (選項 1)').check();
	await page.getByLabel('正確 (選項 2)').check();

	// 4. True or false (the answer stays "true").
	await startQuestion(page, '俄羅斯的不安隨著中國的影響力同步增長。', 'true-false', 4);
	await common3(page, '俄羅斯的不安隨中國影響力增長。', '見第3段。');

	// Half-way: the page is reloaded, and everything is there.
	await expect(page.getByTestId('save-state')).toHaveText('已存在這台裝置上');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: '中亞的新角色' })).toBeVisible();
	await expect(page.getByTestId('draft-question')).toHaveCount(4);
	await expect(page.getByTestId('draft-paragraph')).toHaveCount(paragraphs.length);
	await expect(field(page, '題組名稱')).toHaveValue('中亞基本');
	await page.getByRole('button', { name: '編輯 · 第 2 題' }).click();
	await expect(field(page, '選項 1')).toHaveValue('經濟');
	await expect(page.getByLabel('正確 (選項 1)')).toBeChecked();
	await page.getByRole('button', { name: '收起 · 第 2 題' }).click();

	// 5. Cloze, from a suggestion found in the sentence (nothing is written before the click).
	await startQuestion(page, '上海合作組織成立於2001年，中亞國家是組織的核心。', 'cloze', 5);
	await expect(field(page, '題目')).toHaveValue('');
	await page.getByRole('button', { name: /^2001年/ }).click();
	await expect(field(page, '題目')).toHaveValue('上海合作組織成立於____，中亞國家是組織的核心。');
	await expect(field(page, '答案')).toHaveValue('2001年');
	await page.getByLabel('其他可接受的答案').fill('2001');
	await field(page, '解說').fill('見第2段。');

	// 6. Ordering.
	await startQuestion(page, '觀察家指出，「上海精神」強調互信與平等。', 'ordering', 6);
	await common3(page, '依文章順序排列。', '見第2至4段。');
	for (const [index, text] of ['上合成立', '天津峰會', '上海精神'].entries()) {
		await field(page, `項目 ${index + 1}`).fill(text);
	}

	// 7. Matching.
	await startQuestion(page, '各國也同意擴大能源與交通的連結。', 'matching', 7);
	await common3(page, '配對。', '見第4段。');
	for (const [index, [left, right]] of [
		['能源', '連結'],
		['上海精神', '互信'],
		['托卡耶夫', '哈薩克']
	].entries()) {
		await field(page, `左 ${index + 1}`).fill(left!);
		await field(page, `右 ${index + 1}`).fill(right!);
	}

	// Duplicate, delete with undo, reorder.
	const questions = page.getByTestId('draft-question');
	await page.getByRole('button', { name: '複製 · 第 1 題' }).click();
	await expect(questions).toHaveCount(8);
	await page.getByRole('button', { name: '刪除 · 第 2 題' }).click();
	await expect(questions).toHaveCount(7);
	await page.getByRole('button', { name: '復原' }).click();
	await expect(questions).toHaveCount(8);
	await page.getByRole('button', { name: '刪除 · 第 2 題' }).click();
	await expect(questions).toHaveCount(7);
	await page.getByRole('button', { name: '下移 · 第 1 題' }).click();
	await expect(questions.nth(1)).toContainText('上合的核心是誰？');
	await expect(questions.nth(0)).toContainText('托卡耶夫說區域合作應以什麼為先？');

	await expect(page.getByText('沒有問題：文章和題目都已完成。')).toBeVisible();
	// The preview shows the question as a learner gets it.
	await page.getByRole('button', { name: '編輯 · 第 7 題' }).click();
	const preview = page.getByTestId('question-preview');
	await expect(preview.getByText('配對。').first()).toBeVisible();
	await expect(page.getByTestId('save-state')).toHaveText('已存在這台裝置上');

	// The pack file parses, with one question of each kind.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下載文章包檔案' }).click()
	]);
	const read = parsePack(readFileSync((await download.path())!, 'utf8'));
	expect(read.ok ? [] : read.problems).toEqual([]);
	if (!read.ok) return;
	expect(read.pack.article.paragraphs).toHaveLength(paragraphs.length);
	expect(read.pack.decks[0]!.questions.map((question) => question.kind).sort()).toEqual(
		[...questionKinds].sort()
	);

	await page.getByRole('button', { name: '學習這篇文章' }).click();
	await expect(page.getByText('這篇文章已加入這台裝置')).toBeVisible();
	// It is on this device like any article: its page lists its deck.
	await page.getByRole('link', { name: '前往這篇文章' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '中亞的新角色' })).toBeVisible();
	await expect(page.getByText('中亞基本').first()).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: '中亞的新角色' })).toBeVisible();

	// The list shows the draft; deleting it can be undone.
	await page.getByRole('link', { name: '所有草稿' }).click();
	await expect(page.getByRole('link', { name: '中亞的新角色' })).toBeVisible();
	await expect(page.getByText(`${paragraphs.length} 段 · 7 題`)).toBeVisible();
	await page.getByRole('button', { name: '刪除「中亞的新角色」' }).click();
	await expect(page.getByText('還沒有草稿')).toBeVisible();
	await page.getByRole('button', { name: '復原' }).click();
	await expect(page.getByRole('link', { name: '中亞的新角色' })).toBeVisible();
});

test('a new question shows no problem before a field is written; an attempt to use the article shows them all', async ({
	page
}) => {
	await page.goto('/author/');
	await page.getByRole('button', { name: '新文章' }).click();
	await page.getByLabel('貼上文章內容').fill(article);
	await page.getByRole('button', { name: '分成段落' }).click();
	await page.getByRole('button', { name: sentence('天津峰會有二十多國領袖出席。'), exact: true }).click();
	await page.getByRole('button', { name: common.kind['single-choice'], exact: true }).click();
	const question = page.getByTestId('draft-question');
	const problems = page.getByTestId('field-problem');
	// Nothing typed yet: no field is in red.
	await expect(field(page, '題目')).toBeFocused();
	await expect(problems).toHaveCount(0);
	await expect(field(page, '題目')).not.toHaveAttribute('aria-invalid', 'true');
	// Leaving the prompt changes nothing; written then emptied, its problem is named beside it, and only there.
	await page.keyboard.press('Tab');
	await expect(problems).toHaveCount(0);
	await field(page, '題目').focus();
	await page.keyboard.type('上');
	await page.keyboard.press('Backspace');
	await expect(field(page, '題目')).toHaveAttribute('aria-invalid', 'true');
	await expect(problems).toHaveCount(1);
	// An attempt to use the article shows every problem, and moves to their list.
	await page.getByRole('button', { name: '學習這篇文章' }).click();
	await expect(page.getByText(/還有 \d+ 個問題要修正/)).toBeFocused();
	await expect(field(page, '選項 1')).toHaveAttribute('aria-invalid', 'true');
	await expect(question.getByRole('group', { name: '選項' })).toContainText('請填寫此欄文字');
	await expect(field(page, '解說')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('這篇文章已加入這台裝置')).toHaveCount(0);
});

test('in English, a new article is in Chinese, each field names its language, and problems name fields in words', async ({
	page
}) => {
	await page.goto('/en/author/');
	await page.getByRole('button', { name: 'New article' }).click();
	// The app's subject is Traditional Chinese: a new article starts so, whatever the interface language.
	await expect(page.getByLabel('Language of the article')).toHaveValue('zh-Hant');
	await page.getByLabel(/Paste the article/).fill(article);
	await page.getByRole('button', { name: 'Split into paragraphs' }).click();
	await page.getByRole('button', { name: sentence('天津峰會有二十多國領袖出席。'), exact: true }).click();
	await page.getByRole('button', { name: 'True or false', exact: true }).click();
	// The main field is in the article's language, and says so; the other language is optional.
	await expect(textbox(page, 'Question · Chinese')).toBeFocused();
	await expect(textbox(page, 'Question · Chinese')).toHaveAttribute('lang', 'zh-Hant');
	await expect(textbox(page, 'Question · English (optional)')).toBeVisible();
	// The summary names a problem's field as the editor labels it, never by its technical path.
	const summary = page.getByTestId('problem-summary');
	await expect(summary).toContainText('Deck 1 · Question 1 · Question · Chinese');
	await expect(summary).not.toContainText('decks[0]');
	// A second article starts in the language the teacher used last.
	await page.getByLabel('Language of the article').selectOption('en');
	await expect(page.getByTestId('save-state')).toHaveText(/saved on this device/i);
	await page.getByRole('link', { name: /All drafts/ }).click();
	await page.getByRole('button', { name: 'New article' }).click();
	await expect(page.getByLabel('Language of the article')).toHaveValue('en');
});
