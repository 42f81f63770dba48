// Quiz results that fit a screen, defined once and run by the desktop (quiz-results.spec.ts) and the phone
// (quiz-results-phone.spec.ts) projects: a compact list, each item opening to its answer, explanation and source.
import { expect, test, type Page } from '@playwright/test';
import { largestOfEachKind, questions, quizToken } from './study-card-helpers';

/** Ten questions: the largest of each kind (the most room each takes), then the first others, a choice first. */
const choiceFirst = [...largestOfEachKind].sort(
	(a, b) => Number(b.kind === 'single-choice') - Number(a.kind === 'single-choice')
);
const tenIds = [...choiceFirst, ...questions.filter((question) => !choiceFirst.includes(question))]
	.slice(0, 10)
	.map((question) => question.id as string);
/** Within a few screens: at most this many viewport heights for the whole page. */
const screensAllowed = 3;
const instructions = ['選出一個答案', '選出所有正確的答案', '這句話是對還是錯？', '把項目排成正確的順序。'];

const pageHeight = (page: Page) =>
	page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: window.innerHeight }));

export function defineQuizResultsSuite() {
	test('the results of a 10-question quiz fit within a few screens; each item opens to answer, why and source', async ({
		page
	}) => {
		expect(tenIds).toHaveLength(10);
		await page.goto(`/quiz/take/#q=${quizToken(tenIds, 'test')}`);
		// One answered (a choice, so its read-only form can be checked for instructions), nine left unanswered:
		// every one of them wrong, the longest results a learner can get.
		const card = page.getByTestId('quiz-card');
		await expect(card).toHaveAttribute('data-question', tenIds[0]!);
		await card.locator('label:has(input)').first().click();
		await card.getByRole('button', { name: '送出答案' }).click();
		await expect(page.getByTestId('quiz-progress')).toHaveText('第 2 題，共 10 題');
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: '現在交卷' }).click();

		const results = page.getByTestId('quiz-results');
		await expect(page.getByTestId('quiz-score')).toContainText(/答對 [01]／10 題/);
		const items = results.getByTestId('quiz-review-item');
		await expect(items).toHaveCount(10);
		const { height, screen } = await pageHeight(page);
		expect(height).toBeLessThanOrEqual(screensAllowed * screen);

		// Each item shows right or wrong at a glance and opens to the answer, the explanation and the source.
		const first = items.first();
		await expect(first).toContainText(/第 1 題\s*[✓✗]?\s*(答對|答錯)/);
		await expect(first.getByTestId('answer')).toBeHidden();
		await first.getByText('第 1 題', { exact: true }).click();
		await expect(first.getByTestId('answer')).toBeVisible();
		await expect(first.getByTestId('answer')).toContainText('解說');
		await expect(first.getByTestId('source-quote').getByRole('link')).toHaveAttribute(
			'href',
			/\/article\/#q-/
		);
		// A read-only answer gives no instructions for answering.
		for (const instruction of instructions) await expect(first.getByText(instruction)).toHaveCount(0);
	});
}
