import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerByClicking } from './review-helpers';

// An article on this device studied exactly like the built-in one (issue 17): its questions and decks have pages
// (card facts, history and actions), reached from the card browser and the home page like the built-in ones.
const fixturePath = new URL('../fixtures/library-pack.json', import.meta.url);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as {
	article: { id: string; title: string; paragraphs: unknown[] };
	decks: {
		id: string;
		title: { zh: string; en: string };
		questions: { id: string; kind: string; prompt: { zh: string; en: string } }[];
	}[];
};
const articleId = fixture.article.id;
const firstDeck = fixture.decks[0]!;
const firstQuestion = firstDeck.questions[0]!;
const deviceId = (id: string) => `${articleId}--${id}`;

async function importFixture(page: Page) {
	await page.goto('/library/import/');
	await page.getByLabel('選擇檔案').setInputFiles({
		name: 'library-pack.json',
		mimeType: 'application/json',
		buffer: readFileSync(fixturePath)
	});
	await page
		.getByRole('region', { name: '檔案內容' })
		.getByRole('button', { name: '匯入', exact: true })
		.click();
	await expect(page.getByRole('status')).toContainText(`已匯入「${fixture.article.title}」`);
}

test("a device question's page, from the card browser: the question, its card's facts and history, its deck's page", async ({
	page
}) => {
	test.setTimeout(90_000);
	await importFixture(page);
	// Study the first device question once, so its page has a history to show.
	await page.goto(`/review/all/?deck=${deviceId(firstDeck.id)}`);
	const card = page.getByTestId('review-card');
	await expect(card).toHaveAttribute('data-question', deviceId(firstQuestion.id));
	await answerByClicking(page);
	await card.getByTestId('rating-good').click();
	await expect(card.getByTestId('rating-again')).toBeHidden();

	await page.goto(`/cards/?q=${encodeURIComponent(firstQuestion.prompt.zh)}`);
	const item = page.locator(`[data-testid="card-item"][data-question="${deviceId(firstQuestion.id)}"]`);
	await item.getByRole('link', { name: '題目與卡片資訊' }).click();

	await expect(page.getByTestId('question-card')).toHaveAttribute(
		'data-question',
		deviceId(firstQuestion.id)
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(firstQuestion.prompt.zh);
	const info = page.getByTestId('card-info');
	await expect(info.getByTestId('card-history').getByRole('row')).toHaveCount(2);
	await expect(info.getByRole('button', { name: '暫停這張卡' })).toBeVisible();
	await expect(info.getByRole('link', { name: '在文章中查看' })).toHaveAttribute(
		'href',
		new RegExp(`library/\\?id=${articleId}#p\\d+$`)
	);
	await expect(page.getByRole('link', { name: fixture.article.title })).toBeVisible();

	// Its deck's page: every question of the deck, each linking to its own page, and the deck's review.
	await page.getByRole('link', { name: firstDeck.title.zh }).click();
	await expect(page.getByRole('heading', { name: firstDeck.title.zh, level: 1 })).toBeVisible();
	const items = page.getByTestId('question-item');
	await expect(items).toHaveCount(firstDeck.questions.length);
	for (const [at, question] of firstDeck.questions.entries())
		await expect(items.nth(at).getByRole('link', { name: question.prompt.zh })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Anki 匯入檔' }).click();
	expect((await download).suggestedFilename()).toContain(deviceId(firstDeck.id));
	await page.getByRole('link', { name: '複習這個題組' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(firstDeck.title.zh);
});

test("a device deck's page from its article's page, in English; an unknown id says so", async ({ page }) => {
	// An import reads and checks the whole pack first: at a load average of 22 its preview took over 30 s (as the
	// other tests here, which import too, allow).
	test.setTimeout(90_000);
	await importFixture(page);
	await page.goto(`/en/library/?id=${articleId}`);
	await page.getByRole('heading', { name: firstDeck.title.en, level: 3 }).getByRole('link').click();
	await expect(page.getByRole('heading', { name: firstDeck.title.en, level: 1 })).toBeVisible();
	await expect(page.getByTestId('question-item')).toHaveCount(firstDeck.questions.length);

	await page.goto(`/en/questions/?id=${deviceId('no-such-question')}`);
	await expect(page.getByRole('alert')).toContainText('This question is not on this device');
	await page.goto(`/en/decks/?id=${deviceId('no-such-deck')}`);
	await expect(page.getByRole('alert')).toContainText('not on this device');
});

test("a device article's typed answer in Simplified is correct, as a built-in one's is (its script map is made in the browser)", async ({
	page
}) => {
	test.setTimeout(90_000);
	// The fixture with one deck, one cloze question whose answer has characters no built-in answer has (亞, 國).
	const deck = fixture.decks[0]!;
	const clozeQuestion = deck.questions.find((question) => question.kind === 'cloze')!;
	const pack = {
		...fixture,
		article: { ...fixture.article, id: 'e2e-script-pack', title: '中亞與上合' },
		decks: [
			{
				...deck,
				questions: [
					{
						...clozeQuestion,
						prompt: { zh: '上合的核心是____。', en: 'The core of the SCO: ____.' },
						answer: { zh: '中亞國家', en: 'the Central Asian states' },
						accepted: ['中亞國家', 'the Central Asian states'],
						source: '中亞國家是組織核心'
					}
				]
			}
		]
	};
	await page.goto('/library/import/');
	await page.getByLabel('選擇檔案').setInputFiles({
		name: 'script-pack.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(pack))
	});
	await page
		.getByRole('region', { name: '檔案內容' })
		.getByRole('button', { name: '匯入', exact: true })
		.click();
	await expect(page.getByRole('status')).toContainText('已匯入「中亞與上合」');

	await page.goto(`/review/all/?deck=e2e-script-pack--${deck.id}`);
	// The map is made once, after the page is up, and kept: wait for it before answering.
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('sco-study.script-map.e2e-script-pack')))
		.not.toBeNull();
	const card = page.getByTestId('review-card');
	await card.getByRole('textbox').fill('中亚国家');
	await card.getByRole('textbox').press('Enter');
	await expect(card.getByTestId('verdict')).toContainText('答對了');
});

test('statistics scoped to a whole article: the device article counts its review, the built-in one does not', async ({
	page
}) => {
	test.setTimeout(90_000);
	await importFixture(page);
	await page.goto(`/review/all/?article=${articleId}`);
	const card = page.getByTestId('review-card');
	await expect(card).toBeVisible();
	await answerByClicking(page);
	await card.getByTestId('rating-good').click();
	await expect(card.getByTestId('rating-again')).toBeHidden();

	await page.goto('/stats/');
	const scope = page.getByLabel('範圍');
	const todayCards = page.getByTestId('today-figures').getByTestId('today-cards');
	await expect(todayCards).toHaveText('1');
	await scope.selectOption({ label: `「${fixture.article.title}」全文` });
	await expect(page).toHaveURL(new RegExp(`#article=${articleId}$`));
	await expect(todayCards).toHaveText('1');
	await scope.selectOption({ label: '「內建文章」全文' });
	await expect(todayCards).toHaveText('0');
	// The address keeps the scope: a reload shows the same article.
	await page.goto(`/stats/#article=${articleId}`);
	await page.reload();
	await expect(scope).toHaveValue(`article:${articleId}`);
	await expect(todayCards).toHaveText('1');
});

test("a device article's page shows its own date and offers sharing; the class hub's next quiz stays on the article", async ({
	page
}) => {
	test.setTimeout(90_000);
	const pack = {
		...fixture,
		article: { ...fixture.article, id: 'e2e-dated-pack', title: '上合秋記', date: '2025-10-01' }
	};
	await page.goto('/library/import/');
	await page.getByLabel('選擇檔案').setInputFiles({
		name: 'dated-pack.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(pack))
	});
	await page
		.getByRole('region', { name: '檔案內容' })
		.getByRole('button', { name: '匯入', exact: true })
		.click();
	await expect(page.getByRole('status')).toContainText('已匯入「上合秋記」');

	await page.goto('/library/?id=e2e-dated-pack');
	await expect(page.getByRole('heading', { name: '上合秋記', level: 1 })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toHaveText('原文日期：2025-10-01');
	const panel = page.getByTestId('share-panel');
	await expect(panel.getByRole('heading', { name: '分享這篇文章' })).toBeVisible();
	await expect(panel.getByTestId('pack-class-link')).toHaveText(/\/class\/join\/#q=[\w-]+&pack=[\w-]+$/);

	await page.goto('/class/');
	const article = page.getByRole('combobox', { name: '文章' });
	await article.selectOption({ label: '上合秋記' });
	await page.getByRole('button', { name: '建立課堂測驗' }).click();
	await expect(page.getByTestId('share-panel')).toBeVisible();
	await page.getByRole('button', { name: '建立另一份測驗' }).click();
	await expect(page.getByRole('button', { name: '建立課堂測驗' })).toBeVisible();
	await expect(article).toHaveValue('e2e-dated-pack');
	await page.reload();
	await expect(page.getByRole('combobox', { name: '文章' })).toHaveValue('e2e-dated-pack');
});
