import { expect, test, type Browser, type Page } from '@playwright/test';
import { bytesToBase64url } from '../../src/lib/domain/encoding/base64url';
import { encodePackLink } from '../../src/lib/domain/pack/link';
import { parsePack } from '../../src/lib/domain/pack/parse';
import { packQuizCatalog } from '../../src/lib/domain/pack/share';
import { localIdOf } from '../../src/lib/domain/pack/namespace';
import type { ArticlePack } from '../../src/lib/domain/pack/format';
import { quizLinkToken } from '../../src/lib/domain/quiz/quiz-link';
import type { QuizSpec } from '../../src/lib/domain/quiz/spec';
import { packFixture } from '../unit/pack/fixture';
import { answerRightOrWrong, currentQuestion, type CatalogQuestion } from './quiz-helpers';

// Sharing a device article: a teacher with the article on the device builds a class test on it; the class link
// carries the whole pack, so a student on a fresh device gets the article and the quiz from the link alone, and
// the teacher's results page reads the student's code. A damaged link changes nothing.

const readPack = (): ArticlePack => {
	const read = parsePack(JSON.stringify(packFixture()));
	if (!read.ok) throw new Error('the fixture pack must be valid');
	return read.pack;
};

/** The pack's questions by their own id, in the shape the quiz helpers answer. */
const questionsOf = (pack: ArticlePack) =>
	new Map(
		pack.decks
			.flatMap((deck) => deck.questions)
			.map((question) => [question.id as string, question as unknown as CatalogQuestion])
	);

/** A class link carrying the pack: a practice quiz of every question, made as the app makes one. */
async function packJoinLink(pack: ArticlePack): Promise<string> {
	const catalog = packQuizCatalog(pack);
	const spec: QuizSpec = {
		contentVersion: catalog.version,
		questionIds: catalog.questionIds as QuizSpec['questionIds'],
		order: 'as-picked',
		seed: 'e2e',
		mode: 'practice',
		timeLimitSeconds: null,
		handIn: { afterHandIn: 'review', retake: true }
	};
	const token = quizLinkToken(
		spec,
		catalog.questionIds.map((id) => ({ id }) as { id: QuizSpec['questionIds'][number] })
	);
	return `/class/join/#q=${token}&pack=${await encodePackLink(pack)}`;
}

async function freshPage(browser: Browser) {
	const context = await browser.newContext();
	return { context, page: await context.newPage() };
}

const nameField = (page: Page) => page.getByLabel('你的名字（可不填）');

test('a class link carries a device article: a fresh device takes its quiz and the teacher reads the code', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const pack = readPack();
	const questions = questionsOf(pack);
	const teacher = await freshPage(browser);

	// The teacher's device gets the article (here from a link carrying the fixture pack; a pack file imports the same).
	await teacher.page.goto(await packJoinLink(pack));
	await expect(teacher.page.getByTestId('join-article')).toHaveText(
		`文章：\u2068${pack.article.title}\u2069`
	);
	await expect(teacher.page.getByTestId('pack-kept')).toContainText('已加入這部裝置');

	// On the class hub the article is offered; a test of its single-choice and true/false questions.
	await teacher.page.goto('/class/');
	await expect(teacher.page.getByRole('heading', { level: 1 })).toHaveText('課堂練習');
	await teacher.page.getByRole('combobox', { name: '文章' }).selectOption({ label: pack.article.title });
	const kinds = ['single-choice', 'true-false'] as const;
	const count = [...questions.values()].filter((question) =>
		(kinds as readonly string[]).includes(question.kind)
	).length;
	await teacher.page.getByText('全部題型').click();
	for (const kind of ['單選題', '是非題'])
		await teacher.page.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).click();
	await teacher.page.getByLabel('題數').fill(String(count));
	await teacher.page.getByRole('radio', { name: /^測驗/ }).click();
	await teacher.page.getByRole('button', { name: '建立課堂測驗' }).click();

	const panel = teacher.page.getByTestId('share-panel');
	await expect(panel.getByRole('heading', { name: '分享這篇文章' })).toBeVisible();
	const link = panel.getByTestId('pack-class-link');
	await expect(link).toHaveText(/\/class\/join\/#q=[\w-]+&pack=[\w-]+$/);
	// A short article fits one QR code.
	await expect(panel.getByRole('img', { name: '帶著文章的課堂連結 QR 碼' })).toBeVisible();
	await expect(panel.getByTestId('too-large-for-qr')).toHaveCount(0);
	const joinUrl = (await link.textContent())!;

	// A student on a fresh device: the link alone brings the article and the quiz.
	const student = await freshPage(browser);
	await student.page.goto(joinUrl);
	await expect(nameField(student.page)).toBeVisible();
	await expect(student.page.getByTestId('join-article')).toContainText(pack.article.title);
	await expect(student.page.getByTestId('pack-kept')).toContainText('已加入這部裝置');
	await nameField(student.page).fill('陳同學');
	await student.page.getByRole('button', { name: '開始作答' }).click();
	const rightCount = count - 1;
	for (let position = 1; position <= count; position++) {
		await expect(student.page.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 ${count} 題`);
		const { id } = await currentQuestion(student.page);
		await answerRightOrWrong(student.page, questions.get(localIdOf(id))!, position <= rightCount);
	}
	await expect(student.page.getByTestId('quiz-score')).toContainText(`答對 ${rightCount}／${count} 題`);
	const codeText = student.page.getByTestId('result-code');
	await expect(codeText).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
	const code = (await codeText.textContent())!.trim();

	// The teacher's results page (its link carries the pack too) reads the code.
	// (The first such link: the quiz's own; "Your classes" below lists it too.)
	await teacher.page.getByRole('link', { name: '打開成績頁' }).first().click();
	await teacher.page.getByLabel('結果代碼').fill(code);
	const rows = teacher.page.getByTestId('student-row');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('陳同學');
	await expect(rows.first()).toContainText(`${rightCount} / ${count}`);

	await teacher.context.close();
	await student.context.close();
});

test('a damaged or cut-short pack link says why and adds nothing to the device', async ({ browser }) => {
	const link = await packJoinLink(readPack());
	const payloadAt = link.indexOf('&pack=') + '&pack='.length;
	const middle = payloadAt + Math.floor((link.length - payloadAt) / 2);
	const tampered = `${link.slice(0, middle)}${link[middle] === 'A' ? 'B' : 'A'}${link.slice(middle + 1)}`;
	const cut = link.slice(0, link.length - 7);
	// A pack of a newer format than this app reads (as a later version of the app would write it).
	const newer = { ...packFixture(), version: 2 };
	const newerPayload = bytesToBase64url(
		new Uint8Array(
			await new Response(
				new Blob([JSON.stringify(newer)]).stream().pipeThrough(new CompressionStream('deflate-raw'))
			).arrayBuffer()
		)
	);
	const newerLink = `${link.slice(0, payloadAt)}${newerPayload}`;
	const { context, page } = await freshPage(browser);
	const cases = [
		[tampered, /損壞/],
		[cut, /損壞或不完整/],
		[newerLink, /較新版本/],
		// The assign page opens the same link: a damaged pack assigns and adds nothing.
		[tampered.replace('/class/join/', '/class/assign/'), /損壞/]
	] as const;
	for (const [damaged, reason] of cases) {
		await page.goto('/');
		await page.goto(damaged);
		const problem = page.getByTestId('pack-link-problem');
		await expect(problem).toBeVisible();
		await expect(problem.getByRole('heading', { level: 1 })).toHaveText('無法打開這個連結裡的文章');
		await expect(problem).toContainText(reason);
		await expect(problem).toContainText('這部裝置上沒有新增或更改任何東西。');
		await expect(nameField(page)).toHaveCount(0);
	}
	// Nothing reached the device: the class hub offers no article of this device.
	await page.goto('/class/');
	await expect(page.getByRole('heading', { name: '建立新的班級測驗' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: '文章' })).toHaveCount(0);

	// In English too, the message is in the learner's language.
	await page.goto(`/en${tampered}`);
	await expect(page.getByTestId('pack-link-problem').getByRole('heading', { level: 1 })).toHaveText(
		'The article in this link cannot be opened'
	);
	await context.close();
});

test('an assign link carrying a device article adds the article, so its assigned questions are reviewed first', async ({
	page
}) => {
	const pack = readPack();
	const assignLink = (await packJoinLink(pack)).replace('/class/join/', '/en/class/assign/');
	const { questionIds } = packQuizCatalog(pack);
	await page.goto(assignLink);
	await expect(page.getByTestId('join-article')).toHaveText(`Article: \u2068${pack.article.title}\u2069`);
	await expect(page.getByTestId('assigned-questions').locator('li')).toHaveCount(questionIds.length);
	await page.getByRole('button', { name: 'Add to my review queue' }).click();
	await expect(page.getByTestId('assign-done')).toContainText(`Added ${questionIds.length} questions.`);

	// The article is on this device now: its first assigned question opens the review.
	await page.getByRole('link', { name: 'Start reviewing' }).click();
	await expect(page.getByTestId('review-card')).toHaveAttribute('data-question', questionIds[0]!);
	await page.goto('/en/class/');
	await expect(page.getByRole('combobox', { name: 'Article' })).toContainText(pack.article.title);
});

test('a class quiz on a device article is kept in "Your classes", with links that carry its article', async ({
	browser
}) => {
	const pack = readPack();
	const { context, page } = await freshPage(browser);
	await page.goto(await packJoinLink(pack));
	await expect(page.getByTestId('pack-kept')).toContainText('已加入這部裝置');

	await page.goto('/class/');
	await page.getByRole('combobox', { name: '文章' }).selectOption({ label: pack.article.title });
	await page.getByRole('button', { name: '建立課堂測驗' }).click();
	await expect(page.getByTestId('share-panel')).toBeVisible();
	await expect(page.getByTestId('class-title')).toBeVisible();

	// Another day: the list has it, and its pages open on the article its links carry.
	await page.goto('/class/');
	const saved = page.getByTestId('saved-class');
	await expect(saved).toHaveCount(1);
	await expect(saved.getByRole('link', { name: '打開成績頁' })).toHaveAttribute(
		'href',
		/#q=[\w-]+&pack=[\w-]+$/
	);
	await saved.getByRole('link', { name: '打開成績頁' }).click();
	await expect(page.getByLabel('結果代碼')).toBeVisible();
	await expect(page.getByTestId('pack-link-problem')).toHaveCount(0);

	// Its title reopens the quiz on the hub with the article chosen: the links carry the pack again.
	await page.goto('/class/');
	await saved.getByRole('link', { name: '打開', exact: true }).click();
	await expect(page.getByTestId('share-panel')).toBeVisible();
	await context.close();
});
