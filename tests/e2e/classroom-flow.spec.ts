import { expect, test, type Page } from '@playwright/test';
import {
	catalogQuestions,
	currentQuestion,
	positionOfCorrectOption,
	quizCard,
	type CatalogQuestion
} from './quiz-helpers';

/** Answers a single-choice or true/false question by mouse, right or wrong as asked. */
async function answer(page: Page, question: CatalogQuestion, right: boolean) {
	const card = quizCard(page);
	if (question.kind === 'true-false') {
		await card.getByRole('radio', { name: question.answer === right ? '是' : '非' }).click();
	} else {
		const position = await positionOfCorrectOption(page, question);
		const options = card.getByRole('radio');
		await options.nth(right ? position : (position + 1) % (await options.count())).click();
	}
	await card.getByRole('button', { name: '送出答案' }).click();
}

test('a class quiz: the teacher shares a link, a student answers on another device, the code fills the class table', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const catalog = await catalogQuestions(teacher);

	// The teacher builds a four-question quiz of single-choice and true/false questions, in test mode.
	await teacher.goto('/class/');
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('課堂練習');
	await teacher.getByText('全部題型').click();
	for (const kind of ['單選題', '是非題'])
		await teacher.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).click();
	await teacher.getByLabel('題數').fill('4');
	await teacher.getByRole('radio', { name: '全部答完才看成績' }).click();
	await teacher.getByRole('button', { name: '建立課堂測驗' }).click();
	const joinLink = teacher.getByTestId('join-link');
	await expect(joinLink).toHaveText(/\/class\/join\/#q=/);
	await expect(teacher.getByRole('img', { name: '學生加入測驗的 QR 碼' })).toBeVisible();
	const joinUrl = (await joinLink.textContent())!;

	// A student on another device opens the link, gives a name, answers two right and two wrong.
	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await student.goto(joinUrl);
	await student.getByLabel('你的名字（可不填）').fill('王小明');
	await student.getByRole('button', { name: '開始作答' }).click();
	for (let position = 1; position <= 4; position++) {
		await expect(student.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 4 題`);
		const { id } = await currentQuestion(student);
		await answer(student, catalog.get(id)!, position <= 2);
	}
	await expect(student.getByTestId('quiz-score')).toContainText('答對 2／4 題');
	const code = student.getByTestId('result-code');
	await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
	await expect(student.getByRole('img', { name: '結果碼的 QR 碼' })).toBeVisible();
	const resultCode = (await code.textContent())!;
	// A reload shows the same code: nothing is lost.
	await student.reload();
	await expect(student.getByTestId('result-code')).toHaveText(resultCode);
	// The next student on the same classroom device starts afresh, under their own name.
	await student.getByRole('button', { name: '重新作答這份測驗' }).click();
	await expect(student.getByLabel('你的名字（可不填）')).toHaveValue('');

	// The teacher pastes the code into the results page and sees the student's row.
	// (From the links of the quiz just built; the list of saved classes below has the same link.)
	await teacher.getByRole('region', { name: '學生連結' }).getByRole('link', { name: '打開成績頁' }).click();
	await teacher.getByLabel('結果代碼').fill(resultCode);
	const row = teacher.getByTestId('student-row');
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('王小明');
	await expect(row).toContainText('2 / 4');

	// A tampered link is refused clearly on the student's side.
	await student.goto(joinUrl.replace(/#q=(.)/, (_, first: string) => `#q=${first === 'A' ? 'B' : 'A'}`));
	await expect(student.getByRole('alert')).toBeVisible();
	await teacherContext.close();
	await studentContext.close();
});
