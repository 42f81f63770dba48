import { expect, test, type Page } from '@playwright/test';
import { builtInPack, loadBuiltInArticles } from '../../src/lib/content/article-folders';
import { diskReader } from '../../src/lib/content/article-folders.server';
import type { ContentIndex } from '../../src/lib/content/content-index';
import { withBuiltInPacks } from '../../src/lib/content/device-articles';
import { answerByClicking } from './review-helpers';

// A built-in article after the first (questions/<folder>/), studied as an article on this device is, from its pack
// on the network. The normal build has one article, so the server is given what a build with the tests' fixture
// article (EXTRA_QUESTIONS=tests/fixtures/questions) writes: its index, made by the build's own functions from the
// real one, and the fixture's pack, loaded by the build's loader.
const [, fixture] = loadBuiltInArticles(['questions', 'tests/fixtures/questions'], diskReader());
const pack = builtInPack(fixture!);
const deck = pack.decks[0]!;

// The pages must fetch from the server these routes answer, not from a service worker's cache.
test.use({ serviceWorkers: 'block' });

async function serveFixtureArticle(page: Page) {
	await page.route('**/content/index.json', async (route) => {
		const response = await route.fetch();
		const index = (await response.json()) as ContentIndex;
		await route.fulfill({ response, json: withBuiltInPacks(index, [pack]) });
	});
	await page.route(`**/content/articles/${pack.article.id}.json`, (route) => route.fulfill({ json: pack }));
}

test('a second built-in article: listed after the first, its page, a review and a quiz of its deck', async ({
	page
}) => {
	test.setTimeout(120_000);
	await serveFixtureArticle(page);
	await page.goto('/');
	const listed = page.getByRole('region', { name: '文章' }).getByRole('listitem');
	await expect(listed).toHaveCount(2);
	await expect(listed.nth(0).getByRole('link')).toHaveAttribute('href', /article\/$/);
	const second = listed.nth(1).getByRole('link', { name: pack.article.title });
	await expect(second).toBeVisible();
	await expect(listed.nth(1)).toContainText(`1 個題組 · ${deck.questions.length} 題`);
	// Nothing is on this device: the list still says so.
	await expect(page.getByText('這台裝置上還沒有其他文章')).toBeVisible();

	// Its page: title, decks and paragraphs from the pack, and nothing to remove (it is part of the app).
	await second.click();
	await expect(page.getByRole('heading', { name: pack.article.title, level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: deck.title.zh, level: 3 })).toBeVisible();
	for (const paragraph of pack.article.paragraphs)
		await expect(page.getByText(paragraph.text, { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: '從這台裝置移除' })).toHaveCount(0);
	const articleAddress = page.url();

	// A review of its deck shows one of its questions.
	await page.getByRole('link', { name: `複習：${deck.title.zh}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(deck.title.zh);
	const ids = deck.questions.map((question) => `${pack.article.id}--${question.id}`);
	await expect(page.getByTestId('review-card')).toHaveAttribute(
		'data-question',
		new RegExp(`^(${ids.join('|')})$`)
	);
	await answerByClicking(page);
	await page.getByTestId('review-card').getByTestId('rating-good').click();

	// A quiz of its deck opens on its questions.
	await page.goto(articleAddress);
	await page.getByRole('button', { name: `測驗：${deck.title.zh}` }).click();
	const card = page.getByTestId('quiz-card');
	await expect(card).toBeVisible();
	// A cloze's blank (____) is shown as a blank, so each prompt is matched by its text before the blank.
	const prompts = deck.questions.map((question) => question.prompt.zh.split('____')[0]!);
	const escaped = prompts.map((prompt) => prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	await expect(card).toContainText(new RegExp(escaped.join('|')));
});

test('the class hub offers the second article’s deck, and its class quiz opens for a student on its questions', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await serveFixtureArticle(page);
	await page.goto('/class/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('課堂練習');
	const decks = page.getByRole('group', { name: '題組' });
	await decks.getByRole('checkbox', { name: '全部題組' }).uncheck();
	await decks.getByRole('checkbox', { name: deck.title.zh }).check();
	const gradable = deck.questions.filter((question) => question.kind !== 'flashcard');
	await page.getByLabel('題數').fill(String(gradable.length));
	await page.getByRole('button', { name: '建立課堂測驗' }).click();
	const joinUrl = await page.getByTestId('join-link').getAttribute('href');
	// Saved to the teacher's list once its record loads (after the link shows), as the hub says.
	await expect(page.getByText('已存入「我的班級測驗」。')).toBeVisible();

	// "Your classes" reads it against its article's questions: its facts and "duplicate" are there.
	await page.goto('/class/');
	const saved = page.getByTestId('saved-class');
	await expect(saved).toHaveCount(1);
	await expect(saved).toContainText(`${gradable.length} 題`);
	await expect(saved.getByRole('button', { name: /^複製/ })).toBeVisible();

	// A student's fresh browser, served the same build: the quiz is on the second article's questions.
	const student = await browser.newContext({ serviceWorkers: 'block' });
	const studentPage = await student.newPage();
	await serveFixtureArticle(studentPage);
	await studentPage.goto(new URL(joinUrl!, page.url()).href);
	await studentPage.getByRole('button', { name: '開始作答' }).click();
	const prompts = gradable.map((question) => question.prompt.zh.split('____')[0]!);
	const escaped = prompts.map((prompt) => prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	await expect(studentPage.getByTestId('quiz-card')).toContainText(new RegExp(escaped.join('|')));
	await student.close();
});
