import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { splitParagraphs } from '../../src/lib/domain/article';
import { questionKinds, type QuestionKind } from '../../src/lib/domain/question';
import author from '../../src/lib/i18n/author/zh';
import common from '../../src/lib/i18n/common/zh';
import { answerByClicking } from './review-helpers';

// Issue 17's whole flow, as people do it, through the interface only: a teacher pastes a short article, writes one
// question of each kind by selecting its sentences, reloads half-way and loses nothing, studies the article (every
// card reviewed, then a quiz of them), downloads the pack file; a fresh browser imports that file and makes a class
// quiz link; a student on another fresh browser opens the link, answers and gets a result code; the teacher's
// results page reads it.

const article = readFileSync(new URL('../fixtures/author-article.txt', import.meta.url), 'utf8');
const paragraphs = splitParagraphs(article);
const title = paragraphs[0]!.text;
const sentence = (text: string) => {
	if (!paragraphs.some((paragraph) => paragraph.text.includes(text)))
		throw new Error(`not in the fixture: ${text}`);
	return text;
};
const deckTitle = '中亞基本';

type Written = {
	/** The sentence selected in the article to anchor the question. */
	sentence: string;
	prompt: string;
	/** Fills the fields of the kind's form (the prompt and explanation are filled for every kind). */
	fill: (page: Page) => Promise<void>;
	/** Answers it rightly in a quiz card (before the card's submit button is pressed). */
	answer: (card: Locator) => Promise<void>;
};

const textbox = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
/** A text written in the article's language (Chinese here): its label names the language. */
const field = (page: Page, label: string) => textbox(page, `${label} · ${author.mainLanguage('zh')}`);
const fillList = async (page: Page, label: (n: number) => string, texts: readonly string[]) => {
	for (const [index, text] of texts.entries()) await field(page, label(index + 1)).fill(text);
};

/** Writes the options and marks the first `correct` of them right. */
const fillOptions = async (page: Page, texts: readonly string[], correct: number) => {
	await fillList(page, (n) => `選項 ${n}`, texts);
	for (let n = 1; n <= correct; n++) await page.getByLabel(`正確 (選項 ${n})`).check();
};
/** A choice as a quiz card names it, after its letter. */
const lettered = (text: string) => new RegExp(`^[A-Z] ${text}$`);

const choices = ['經濟', '軍事', '文化'];
const selectOptions = ['峰會在天津', '二十多國領袖出席', '俄羅斯退出'];
const orderItems = ['上合成立', '天津峰會', '上海精神'];
const pairs = [
	['能源', '連結'],
	['上海精神', '互信'],
	['托卡耶夫', '哈薩克']
] as const;

/** One question of each kind: the keys are checked against the app's list of kinds. */
const written: Record<QuestionKind, Written> = {
	flashcard: {
		sentence: sentence('上海合作組織成立於2001年，中亞國家是組織的核心。'),
		prompt: '上合的核心是誰？',
		fill: async (page) => field(page, '答案').fill('中亞國家'),
		answer: async (card) => {
			await card.getByRole('button', { name: '顯示答案' }).click();
			await card.getByRole('button', { name: '我記得' }).click();
		}
	},
	'single-choice': {
		sentence: sentence('哈薩克總統托卡耶夫表示，區域合作必須以經濟為先。'),
		prompt: '托卡耶夫說區域合作應以什麼為先？',
		fill: (page) => fillOptions(page, choices, 1),
		answer: (card) => card.getByRole('radio', { name: lettered(choices[0]!) }).check()
	},
	'multiple-select': {
		sentence: sentence('天津峰會有二十多國領袖出席。'),
		prompt: '第3段說了哪些事？',
		fill: (page) => fillOptions(page, selectOptions, 2),
		answer: async (card) => {
			for (const text of selectOptions.slice(0, 2))
				await card.getByRole('checkbox', { name: lettered(text) }).check();
		}
	},
	'true-false': {
		sentence: sentence('俄羅斯的不安隨著中國的影響力同步增長。'),
		prompt: '俄羅斯的不安隨中國影響力增長。',
		// The answer stays "true", as a new true/false question starts.
		fill: async () => {},
		answer: (card) => card.getByRole('radio', { name: lettered('是') }).check()
	},
	cloze: {
		sentence: sentence('上海合作組織成立於2001年，中亞國家是組織的核心。'),
		prompt: '上海合作組織成立於____，中亞國家是組織的核心。',
		// The blank comes from a suggestion found in the sentence, written only on the click.
		fill: async (page) => {
			await expect(field(page, '題目')).toHaveValue('');
			await page.getByRole('button', { name: /^2001年/ }).click();
			await expect(field(page, '答案')).toHaveValue('2001年');
			await page.getByLabel('其他可接受的答案').fill('2001');
		},
		answer: (card) => card.getByRole('textbox').fill('2001年')
	},
	ordering: {
		sentence: sentence('觀察家指出，「上海精神」強調互信與平等。'),
		prompt: '依文章順序排列。',
		fill: (page) => fillList(page, (n) => `項目 ${n}`, orderItems),
		answer: async (card) => {
			// Each item in turn is moved up to its place.
			for (const [place, item] of orderItems.entries()) {
				const texts = card.getByTestId('ordering-item-text');
				const at = (await texts.allTextContents()).findIndex((text) => text.trim() === item);
				for (let step = at; step > place; step--)
					await card.getByRole('button', { name: `把「${item}」上移` }).click();
			}
			await expect(card.getByTestId('ordering-item-text')).toHaveText(orderItems);
		}
	},
	matching: {
		sentence: sentence('各國也同意擴大能源與交通的連結。'),
		prompt: '配對。',
		fill: async (page) => {
			for (const [index, [left, right]] of pairs.entries()) {
				await field(page, `左 ${index + 1}`).fill(left);
				await field(page, `右 ${index + 1}`).fill(right);
			}
		},
		answer: async (card) => {
			for (const [left, right] of pairs)
				await card.getByRole('combobox', { name: left, exact: true }).selectOption({ label: right });
		}
	}
};
const kinds = [...questionKinds];

test.use({ actionTimeout: 15_000 });
/** A class quiz leaves out flashcards, which the learner grades and a class table cannot score. */
const classKinds = kinds.filter((kind) => kind !== 'flashcard');
const halfWay = Math.ceil(kinds.length / 2);

/** Selects the question's sentence, picks its kind, and fills its form. */
async function writeQuestion(page: Page, kind: QuestionKind, count: number) {
	const question = written[kind];
	await page.getByRole('button', { name: question.sentence, exact: true }).click();
	await expect(page.getByText('已選取 1 句')).toBeVisible();
	await page.getByRole('button', { name: common.kind[kind], exact: true }).click();
	await expect(page.getByTestId('draft-question')).toHaveCount(count);
	await expect(field(page, '題目')).toBeFocused();
	// The source quote and its paragraph are filled in from the selection.
	const number = paragraphs.findIndex((paragraph) => paragraph.text.includes(question.sentence)) + 1;
	await expect(textbox(page, `文章中的引文 1 · 第 ${number} 段`)).toHaveValue(question.sentence);
	await question.fill(page);
	if (kind !== 'cloze') await field(page, '題目').fill(question.prompt);
	await field(page, '解說').fill(`見第${number}段。`);
	// Written completely, the question has no problem left.
	await expect(page.getByTestId('draft-question').nth(count - 1)).toContainText(author.problemCount(0));
	await page.getByRole('button', { name: `收起 · 第 ${count} 題` }).click();
}

/** Answers the quiz's questions rightly, one after another, and returns when the score is shown. */
async function answerQuiz(page: Page, submit: '檢查答案' | '送出答案', count: number) {
	const card = page.getByTestId('quiz-card');
	for (let position = 1; position <= count; position++) {
		await expect(page.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 ${count} 題`);
		const kind = (await card.getAttribute('data-kind')) as QuestionKind;
		await written[kind].answer(card);
		if (kind !== 'flashcard') await card.getByRole('button', { name: submit }).click();
		if (submit === '檢查答案') {
			await expect(card.getByRole('status').first()).toHaveText(/答對了|你記得這一題/);
			await page.keyboard.press('Enter');
		}
	}
	await expect(page.getByTestId('quiz-score')).toContainText(`答對 ${count}／${count} 題`);
}

async function freshPage(browser: Browser) {
	const context = await browser.newContext();
	return { context, page: await context.newPage() };
}

test('a pasted article: a question of each kind, a reload, review, quiz, pack file, import, class link, result code', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	let packPath = '';

	await test.step('paste the article and split it into paragraphs', async () => {
		await page.goto('/author/');
		await page.getByRole('button', { name: '新文章' }).click();
		await expect(page.getByRole('heading', { level: 1, name: '未命名的文章' })).toBeVisible();
		await textbox(page, '標題').fill(title);
		await page.getByLabel('日期', { exact: true }).fill('2025-09-05');
		await page.getByLabel('貼上文章內容').fill(article);
		await page.getByRole('button', { name: '分成段落' }).click();
		await expect(page.getByTestId('draft-paragraph')).toHaveCount(paragraphs.length);
		await field(page, '題組名稱').fill(deckTitle);
		await field(page, '題組說明').fill('成立與核心');
	});

	await test.step('write the first kinds, reload, and find everything', async () => {
		for (const [index, kind] of kinds.slice(0, halfWay).entries()) await writeQuestion(page, kind, index + 1);
		await expect(page.getByTestId('save-state')).toHaveText('已存在這台裝置上');
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.getByTestId('draft-paragraph')).toHaveCount(paragraphs.length);
		await expect(field(page, '題組名稱')).toHaveValue(deckTitle);
		const questions = page.getByTestId('draft-question');
		await expect(questions).toHaveCount(halfWay);
		for (const [index, kind] of kinds.slice(0, halfWay).entries()) {
			await expect(questions.nth(index)).toContainText(common.kind[kind]);
			await expect(questions.nth(index)).toContainText(written[kind].prompt);
		}
	});

	await test.step('write the other kinds; the pack is ready', async () => {
		for (const [index, kind] of kinds.slice(halfWay).entries())
			await writeQuestion(page, kind, halfWay + index + 1);
		await expect(page.getByText('沒有問題：文章和題目都已完成。')).toBeVisible();
		await expect(page.getByTestId('save-state')).toHaveText('已存在這台裝置上');
	});

	await test.step('study it: every card reviewed and rated', async () => {
		await page.getByRole('button', { name: '學習這篇文章' }).click();
		await page.getByRole('link', { name: '前往這篇文章' }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await page.getByRole('link', { name: `複習：${deckTitle}` }).click();
		const card = page.getByTestId('review-card');
		for (let done = 0; done < kinds.length; done++) {
			await expect(page.getByRole('progressbar', { name: `已完成 ${done}／${kinds.length}` })).toBeVisible();
			await answerByClicking(page);
			await card.getByTestId('rating-easy').click();
		}
		await expect(page.getByText(new RegExp(`完成 ${kinds.length} 張卡`))).toBeVisible();
	});

	await test.step('take a quiz of them', async () => {
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await page.getByRole('button', { name: `測驗：${deckTitle}` }).click();
		await answerQuiz(page, '檢查答案', kinds.length);
	});

	await test.step('download the pack file', async () => {
		await page.goto('/author/');
		await page.getByRole('link', { name: title }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: '下載文章包檔案' }).click()
		]);
		packPath = (await download.path())!;
	});

	const teacher = await freshPage(browser);
	await test.step('a fresh browser imports the file', async () => {
		await teacher.page.goto('/library/import/');
		await teacher.page.getByLabel('選擇檔案').setInputFiles(packPath);
		const preview = teacher.page.getByRole('region', { name: '檔案內容' });
		await expect(preview).toContainText(title);
		await expect(preview).toContainText(`${paragraphs.length} 段 · 1 個題組 · ${kinds.length} 題`);
		await preview.getByRole('button', { name: '匯入', exact: true }).click();
		await expect(teacher.page.getByRole('status')).toContainText(`已匯入「${title}」`);
		await teacher.page.getByRole('link', { name: '開啟文章' }).click();
		await expect(teacher.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(teacher.page.getByRole('heading', { level: 3, name: deckTitle })).toBeVisible();
		await expect(teacher.page.getByText(paragraphs[1]!.text)).toBeVisible();
	});

	let joinUrl = '';
	await test.step('the teacher makes a class quiz link of the article', async () => {
		await teacher.page.goto('/class/');
		await teacher.page.getByRole('combobox', { name: '文章' }).selectOption({ label: title });
		await expect(teacher.page.getByText(`符合條件 ${classKinds.length} 題`)).toBeVisible();
		await teacher.page.getByLabel('題數').fill(String(classKinds.length));
		await teacher.page.getByRole('radio', { name: /^測驗/ }).click();
		await teacher.page.getByRole('button', { name: '建立課堂測驗' }).click();
		const link = teacher.page.getByTestId('share-panel').getByTestId('pack-class-link');
		await expect(link).toHaveText(/\/class\/join\/#q=[\w-]+&pack=[\w-]+$/);
		joinUrl = (await link.textContent())!;
	});

	const student = await freshPage(browser);
	let code = '';
	await test.step('a student on another fresh browser opens the link, answers and gets a code', async () => {
		await student.page.goto(joinUrl);
		await expect(student.page.getByTestId('join-article')).toContainText(title);
		await student.page.getByLabel('你的名字（可不填）').fill('陳同學');
		await student.page.getByRole('button', { name: '開始作答' }).click();
		await answerQuiz(student.page, '送出答案', classKinds.length);
		const codeText = student.page.getByTestId('result-code');
		await expect(codeText).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
		code = (await codeText.textContent())!.trim();
	});

	await test.step("the teacher's results page reads the code", async () => {
		// The quiz's own links come first; "Your classes" below lists the same quiz (and its results link) again.
		await teacher.page.getByRole('link', { name: '打開成績頁' }).first().click();
		await teacher.page.getByLabel('結果代碼').fill(code);
		const rows = teacher.page.getByTestId('student-row');
		await expect(rows).toHaveCount(1);
		await expect(rows.first()).toContainText('陳同學');
		await expect(rows.first()).toContainText(`${classKinds.length} / ${classKinds.length}`);
	});

	await teacher.context.close();
	await student.context.close();
});
