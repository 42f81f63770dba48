import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerRightOrWrong, catalogQuestions, currentQuestion, type CatalogQuestion } from './quiz-helpers';

const nameField = (page: Page) => page.getByLabel('你的名字（可不填）');

/** The teacher builds a class test of single-choice and true/false questions with the hand-in rules asked. */
async function buildClassTest(teacher: Page, count: number, rules: { review: boolean; retake: boolean }) {
	await teacher.goto('/class/');
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('課堂練習');
	await teacher.getByText('全部題型').click();
	for (const kind of ['單選題', '是非題'])
		await teacher.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).click();
	await teacher.getByLabel('題數').fill(String(count));
	await teacher.getByRole('radio', { name: /^測驗/ }).click();
	const handIn = teacher.getByRole('group', { name: '交卷之後' });
	await handIn.getByRole('radio', { name: rules.review ? /逐題檢討/ : /只看到自己的成績/ }).check();
	if (rules.retake) await handIn.getByRole('checkbox', { name: /允許重做/ }).check();
	await teacher.getByRole('button', { name: '建立課堂測驗' }).click();
	const joinLink = teacher.getByTestId('join-link');
	await expect(joinLink).toHaveText(/\/class\/join\/#q=/);
	return (await joinLink.textContent())!;
}

/** A student answers every question, the first `rightCount` right, and hands in; returns the code shown. */
async function takeTest(
	student: Page,
	catalog: Map<string, CatalogQuestion>,
	count: number,
	rightCount: number
): Promise<string> {
	for (let position = 1; position <= count; position++) {
		await expect(student.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 ${count} 題`);
		const { id } = await currentQuestion(student);
		await answerRightOrWrong(student, catalog.get(id)!, position <= rightCount);
	}
	await expect(student.getByTestId('quiz-score')).toContainText(`答對 ${rightCount}／${count} 題`);
	const code = student.getByTestId('result-code');
	await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
	return (await code.textContent())!.trim();
}

async function newStudent(browser: Browser) {
	const context = await browser.newContext();
	return { context, page: await context.newPage() };
}

test('a fair class test: two students see their score only, a retake shows the code again, the teacher counts both', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const catalog = await catalogQuestions(teacher);
	const count = 3;
	const joinUrl = await buildClassTest(teacher, count, { review: false, retake: false });

	// Two students on their own devices: the join page states the rules before Start.
	const first = await newStudent(browser);
	await first.page.goto(joinUrl);
	await expect(first.page.getByTestId('hand-in-rules')).toHaveText('交卷後只顯示成績。 只能交卷一次。');
	await nameField(first.page).fill('王小明');
	await first.page.getByRole('button', { name: '開始作答' }).click();
	const firstCode = await takeTest(first.page, catalog, count, 2);
	// The score only: no question reviewed, no right answer shown, no way to take it again.
	await expect(first.page.getByTestId('score-only')).toBeVisible();
	await expect(first.page.getByRole('heading', { name: '逐題檢討' })).toHaveCount(0);
	await expect(first.page.getByRole('button', { name: '重新作答這份測驗' })).toHaveCount(0);
	await expect(first.page.getByRole('button', { name: /重做答錯的/ })).toHaveCount(0);

	// Opening the link again on that device shows the code handed in, not a new attempt.
	await first.page.goto('/');
	await first.page.goto(joinUrl);
	await expect(first.page.getByTestId('result-code')).toHaveText(firstCode);
	await expect(first.page.getByTestId('quiz-card')).toHaveCount(0);
	await expect(nameField(first.page)).toHaveCount(0);

	const second = await newStudent(browser);
	await second.page.goto(joinUrl);
	await nameField(second.page).fill('Lin');
	await second.page.getByRole('button', { name: '開始作答' }).click();
	const secondCode = await takeTest(second.page, catalog, count, 3);
	expect(secondCode).not.toBe(firstCode);

	// The teacher pastes both codes: two rows, no device flagged.
	await teacher.getByRole('region', { name: '學生連結' }).getByRole('link', { name: '打開成績頁' }).click();
	await teacher.getByLabel('結果代碼').fill(`${firstCode}\n${secondCode}`);
	const rows = teacher.getByTestId('student-row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('王小明');
	await expect(rows.nth(0)).toContainText(`2 / ${count}`);
	await expect(rows.nth(1)).toContainText('Lin');
	await expect(teacher.getByTestId('same-device-flag')).toHaveCount(0);

	// A second test allows a retake and the full review: the first student's name is filled in already, and the
	// two codes this device hands in are flagged as one device's.
	const retakeUrl = await buildClassTest(teacher, count, { review: true, retake: true });
	await first.page.goto(retakeUrl);
	await expect(first.page.getByTestId('hand-in-rules')).toHaveText('交卷後可以看成績和逐題檢討。 可以重做。');
	await expect(nameField(first.page)).toHaveValue('王小明');
	await first.page.getByRole('button', { name: '開始作答' }).click();
	const attemptOne = await takeTest(first.page, catalog, count, 1);
	await expect(first.page.getByRole('heading', { name: '逐題檢討' })).toBeVisible();
	await first.page.getByRole('button', { name: '重新作答這份測驗' }).click();
	await first.page.getByRole('button', { name: '開始作答' }).click();
	const attemptTwo = await takeTest(first.page, catalog, count, 3);
	await teacher.getByRole('region', { name: '學生連結' }).getByRole('link', { name: '打開成績頁' }).click();
	await teacher.getByLabel('結果代碼').fill(`${attemptOne}\n${secondCode}\n${attemptTwo}`);
	await expect(teacher.getByTestId('student-row')).toHaveCount(2);
	await expect(teacher.getByTestId('invalid-codes')).toContainText('這個代碼屬於另一個測驗');
	await expect(teacher.getByTestId('same-device-flag')).toHaveCount(2);
	await expect(teacher.getByTestId('duplicate-codes')).toContainText('第 1、3 行');

	await teacherContext.close();
	await first.context.close();
	await second.context.close();
});
