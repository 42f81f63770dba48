import { expect, test, type Browser } from '@playwright/test';
import { answerRightOrWrong, currentQuestion, quizCard, type CatalogQuestion } from './quiz-helpers';

// The teacher's classes live in this browser's storage: nothing here waits on the service worker.
test.use({ serviceWorkers: 'block' });

type Bilingual = { zh: string; en: string };
type Question = CatalogQuestion & { prompt: Bilingual; deckId: string };
type Catalog = { decks: { id: string; title: Bilingual; questions: Question[] }[] };

/** A student on a device of their own takes the class test, right on the questions listed; returns the code. */
async function takeTest(
	browser: Browser,
	joinUrl: string,
	name: string,
	byId: Map<string, Question>,
	rightIds: string[],
	count: number
) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(joinUrl);
	await page.getByLabel('你的名字（可不填）').fill(name);
	await page.getByRole('button', { name: '開始作答' }).click();
	for (let position = 1; position <= count; position++) {
		await expect(page.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 ${count} 題`);
		const { id } = await currentQuestion(page);
		await answerRightOrWrong(page, byId.get(id)!, rightIds.includes(id));
	}
	const code = page.getByTestId('result-code');
	await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
	return { context, page, code: (await code.textContent())!.trim() };
}

test('a class from hand-picked questions: presented, taken by two students, collected, reopened, run again as round 2 and compared', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const teacherContext = await browser.newContext({ serviceWorkers: 'block' });
	const teacher = await teacherContext.newPage();
	const catalog = (await (await teacher.request.get('/content.json')).json()) as Catalog;
	const all = catalog.decks.flatMap((deck) => deck.questions);
	const byId = new Map(all.map((question) => [question.id, question]));
	// A true/false question and a single-choice one from another deck: the quiz asks the second first.
	const trueFalse = all.find((question) => question.kind === 'true-false')!;
	const single = all.find(
		(question) => question.kind === 'single-choice' && question.deckId !== trueFalse.deckId
	)!;

	// Choosing by hand: search, preview, add, and put the single-choice question first with the keyboard.
	await teacher.goto('/class/');
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('課堂練習');
	await teacher.getByRole('radio', { name: /^自己選題/ }).check();
	await expect(teacher.getByLabel('題數')).toHaveCount(0);
	const chooser = teacher.getByTestId('question-chooser');
	const search = chooser.getByLabel('搜尋題目（中英皆可）');
	for (const question of [trueFalse, single]) {
		await search.fill(question.prompt.en);
		const found = chooser.getByTestId('found-question').filter({ hasText: question.prompt.zh });
		await expect(found).toHaveCount(1);
		await found.getByText('預覽（含答案）').click();
		await expect(found.getByTestId('key-answer')).toBeVisible();
		await found.getByRole('button', { name: /^加入/ }).click();
		await expect(found.getByRole('button', { name: /^✓ 已加入/ })).toHaveAttribute('aria-pressed', 'true');
	}
	const chosen = chooser.getByTestId('chosen-questions').getByRole('listitem');
	await expect(chosen).toHaveText(
		[trueFalse.prompt.zh, single.prompt.zh].map((prompt) => new RegExp(escape(prompt)))
	);
	await chooser.getByRole('button', { name: `第 2 題上移：${single.prompt.zh}` }).focus();
	await teacher.keyboard.press('Enter');
	await expect(chosen).toHaveText(
		[single.prompt.zh, trueFalse.prompt.zh].map((prompt) => new RegExp(escape(prompt)))
	);
	// The focus stays with the question moved, so it can be moved on without looking.
	await expect(chooser.getByRole('button', { name: `第 1 題下移：${single.prompt.zh}` })).toBeFocused();
	await expect(teacher.getByText('已選 2 題，依此順序出題。')).toBeVisible();

	// A test that hides the answers and allows one attempt (the defaults).
	await teacher.getByRole('radio', { name: /^測驗/ }).check();
	await expect(teacher.getByRole('radio', { name: /只看到自己的成績/ })).toBeChecked();
	await expect(teacher.getByRole('checkbox', { name: /允許重做/ })).not.toBeChecked();
	await teacher.getByRole('button', { name: '建立課堂測驗' }).click();
	const joinUrl = (await teacher.getByTestId('join-link').textContent())!;
	// The hub previews the quiz's questions, in the teacher's order, before the link is shared.
	await expect(teacher.getByTestId('quiz-preview').getByRole('listitem')).toHaveText(
		[single.prompt.zh, trueFalse.prompt.zh].map((prompt) => new RegExp(escape(prompt)))
	);

	// Presented: no site header, one Next.
	await teacher.getByRole('region', { name: '學生連結' }).getByRole('link', { name: '投影模式' }).click();
	await expect(teacher.getByRole('button', { name: /→$/ })).toHaveCount(1);
	await expect(teacher.getByRole('banner')).toHaveCount(0);
	await teacher.keyboard.press('ArrowRight');
	await expect(teacher.getByTestId('projector-slide').getByRole('heading', { level: 2 })).toHaveText(
		single.prompt.zh
	);
	await teacher.goBack();

	// The join page says what the quiz is before Start.
	const look = await browser.newContext({ serviceWorkers: 'block' });
	const lookPage = await look.newPage();
	await lookPage.goto(joinUrl);
	for (const deck of catalog.decks.filter((deck) => [single.deckId, trueFalse.deckId].includes(deck.id)))
		await expect(lookPage.getByTestId('join-topic')).toContainText(deck.title.zh);
	await expect(lookPage.getByTestId('join-facts')).toContainText('2 題');
	await look.close();

	const first = await takeTest(browser, joinUrl, '王小明', byId, [single.id, trueFalse.id], 2);
	// Answers hidden: the score only.
	await expect(first.page.getByTestId('score-only')).toBeVisible();
	await expect(first.page.getByRole('heading', { name: '逐題檢討' })).toHaveCount(0);
	// Trying again on that device shows the same code, not a new attempt.
	await first.page.goto('/');
	await first.page.goto(joinUrl);
	await expect(first.page.getByTestId('result-code')).toHaveText(first.code);
	await expect(quizCard(first.page)).toHaveCount(0);
	const second = await takeTest(browser, joinUrl, 'Lin', byId, [single.id], 2);

	// The teacher collects both codes, then finds the class again after a reload.
	await teacher.getByRole('region', { name: '學生連結' }).getByRole('link', { name: '打開成績頁' }).click();
	await teacher.getByLabel('結果代碼').fill(`${first.code}\n${second.code}`);
	await expect(teacher.getByTestId('student-row')).toHaveCount(2);
	await expect(teacher.getByTestId('next-round')).toContainText('建議下一輪');
	await teacher.goto('/class/');
	await teacher.reload();
	const saved = teacher.getByTestId('saved-class');
	await expect(saved).toHaveCount(1);
	await expect(saved).toContainText('2 個代碼');
	await saved.getByRole('link', { name: '打開成績頁' }).click();
	await expect(teacher.getByTestId('student-row')).toHaveCount(2);

	// Round 2: the same questions under a new link; one student forgot the true/false answer, the other learned it.
	await teacher.getByRole('button', { name: '開始第 2 輪' }).click();
	await expect(teacher.getByTestId('class-title')).toContainText('第 2 輪');
	const roundTwoUrl = (await teacher.getByTestId('join-link').textContent())!;
	expect(roundTwoUrl).not.toBe(joinUrl);
	const firstAgain = await takeTest(browser, roundTwoUrl, '王小明', byId, [single.id], 2);
	const secondAgain = await takeTest(browser, roundTwoUrl, 'Lin', byId, [single.id, trueFalse.id], 2);
	await teacher.getByRole('region', { name: '學生連結' }).getByRole('link', { name: '打開成績頁' }).click();
	await teacher.getByLabel('結果代碼').fill(`${firstAgain.code}\n${secondAgain.code}`);
	const rounds = teacher.getByTestId('rounds');
	await expect(rounds.getByRole('heading', { name: '第 1 輪 → 第 2 輪' })).toBeVisible();
	await expect(rounds.getByTestId('retention-summary')).toHaveText(
		'兩輪都交卷的學生的作答：記住 2、忘記 1、後來學會 1、仍答錯 0。'
	);
	const byQuestion = rounds.getByTestId('rounds-by-question');
	await expect(byQuestion.getByRole('row', { name: new RegExp(escape(single.prompt.zh)) })).toContainText(
		'100%100%2 / 0'
	);
	await expect(byQuestion.getByRole('row', { name: new RegExp(escape(trueFalse.prompt.zh)) })).toContainText(
		'50%50%0 / 1'
	);
	const byStudent = rounds.getByTestId('rounds-by-student');
	await expect(byStudent.getByRole('row', { name: /王小明/ })).toContainText('2/21/21 / 1');
	await expect(byStudent.getByRole('row', { name: /Lin/ })).toContainText('1/22/21 / 0');

	for (const context of [first, second, firstAgain, secondAgain].map((student) => student.context))
		await context.close();
	await teacherContext.close();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
