import { expect, test, type Page } from '@playwright/test';
import {
	allKinds,
	catalogQuestions,
	currentQuestion,
	newCardsToday,
	positionOfCorrectOption,
	quizCard,
	type CatalogQuestion,
	type Kind
} from './quiz-helpers';

/** One question of each kind. */
const quizLength = allKinds.length;
/** The kinds answerByKeyboard gets right (and now and then the ordering, see below); the others it gets wrong. */
const rightByKeyboard: readonly Kind[] = ['flashcard', 'single-choice', 'true-false', 'cloze'];

/**
 * Answers the question on screen by keyboard only, starting from where the quiz put the focus. Right for a
 * flashcard (the learner knew it), single choice, true/false and cloze; wrong for multiple select (one option
 * only, while at least two are correct), ordering (left as shuffled: never the right order) and matching.
 */
async function answerByKeyboard(page: Page, question: CatalogQuestion) {
	const card = quizCard(page);
	const focused = page.locator(':focus');
	switch (question.kind) {
		case 'flashcard':
			await expect(card.getByRole('button', { name: '顯示答案' })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(card.getByRole('group', { name: '你答得出來嗎？' })).toBeFocused();
			await page.keyboard.press('2');
			break;
		case 'single-choice': {
			await expect(focused).toHaveAttribute('type', 'radio');
			const position = await positionOfCorrectOption(page, question);
			await page.keyboard.press(String(position + 1));
			await page.keyboard.press('Enter');
			break;
		}
		case 'true-false':
			await expect(focused).toHaveAttribute('type', 'radio');
			await page.keyboard.press(question.answer ? '1' : '2');
			await page.keyboard.press('Enter');
			break;
		case 'multiple-select':
			await expect(focused).toHaveAttribute('type', 'checkbox');
			await page.keyboard.press('Space');
			await page.keyboard.press('Enter');
			break;
		case 'cloze':
			await expect(focused).toHaveAttribute('type', 'text');
			await page.keyboard.type((question.answer as { zh: string }).zh);
			await page.keyboard.press('Enter');
			break;
		case 'ordering':
			// The first item has focus: Alt+↓ moves it, Enter hands the order in.
			await expect(focused).toHaveAttribute('data-item', /\d/);
			await page.keyboard.press('Alt+ArrowDown');
			await page.keyboard.press('Enter');
			break;
		case 'matching': {
			const selects = card.locator('select');
			const count = await selects.count();
			for (let index = 0; index < count; index++) {
				await expect(selects.nth(index)).toBeFocused();
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Tab');
			}
			await expect(card.getByRole('button', { name: '檢查答案' })).toBeFocused();
			await page.keyboard.press('Enter');
			break;
		}
	}
}

/** Answers by mouse only (the cloze is typed, the one thing a mouse cannot do). Right or wrong as given. */
async function answerByMouse(page: Page, question: CatalogQuestion, right: boolean) {
	const card = quizCard(page);
	switch (question.kind) {
		case 'flashcard':
			await card.getByRole('button', { name: '顯示答案' }).click();
			await card.getByRole('button', { name: right ? '我記得' : '我不記得' }).click();
			return;
		case 'single-choice': {
			const position = await positionOfCorrectOption(page, question);
			const options = card.getByRole('radio');
			await options.nth(right ? position : (position + 1) % (await options.count())).click();
			break;
		}
		case 'true-false':
			await card.getByRole('radio', { name: question.answer === right ? '是' : '非' }).click();
			break;
		case 'multiple-select':
			await card.getByRole('checkbox').first().click();
			break;
		case 'cloze':
			await card.getByLabel(/你的答案|填入/).click();
			await card
				.locator('input[type="text"]')
				.fill(right ? (question.answer as { zh: string }).zh : '不知道');
			break;
		case 'ordering': {
			// Swap the first two items, or the second and third when that swap would happen to solve it.
			const texts = (await card.getByTestId('ordering-item-text').allTextContents()).map((text) =>
				text.trim()
			);
			const solved = question.items!.map((item) => item.zh);
			const swapped = [texts[1], texts[0], ...texts.slice(2)];
			const which = swapped.every((text, index) => text === solved[index]) ? 1 : 0;
			await card.getByRole('button', { name: /下移$/ }).nth(which).click();
			break;
		}
		case 'matching': {
			const selects = card.locator('select');
			for (let index = 0; index < (await selects.count()); index++)
				await selects.nth(index).selectOption({ index: 1 });
			break;
		}
	}
	await card.getByRole('button', { name: '送出答案' }).click();
}

/** Builds a quiz on /quiz/ by keyboard only: one question of every kind, practice mode. */
async function buildPracticeQuizByKeyboard(page: Page) {
	await page.goto('/quiz/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('自訂測驗');
	const count = page.getByLabel('題數');
	await count.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(String(quizLength));
	// Every question matches (all decks, all kinds): the count comes from the catalog the app serves.
	const matching = (await catalogQuestions(page)).size;
	await expect(page.getByText(`符合條件 ${matching} 題，這次測驗出 ${quizLength} 題。`)).toBeVisible();
	// Enter in a form field submits the form.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quiz\/take\/#q=[A-Za-z0-9_-]+$/);
}

test.describe('quizzes', () => {
	test('practice mode by keyboard only, every kind; results and history survive a reload; cards never studied stay new', async ({
		page
	}) => {
		// Seven questions, two reloads and four pages: longer than the default on a busy two-core machine.
		test.setTimeout(120_000);
		const catalog = await catalogQuestions(page);
		const newBefore = await newCardsToday(page);
		await buildPracticeQuizByKeyboard(page);

		const seen: Kind[] = [];
		let orderingRight = false;
		for (let position = 1; position <= quizLength; position++) {
			await expect(page.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 ${quizLength} 題`);
			const { id, kind } = await currentQuestion(page);
			seen.push(kind);
			await answerByKeyboard(page, catalog.get(id)!);
			// Practice: feedback at once, with the focus on it, the explanation and the source sentence (folded).
			const feedback = page.getByTestId('quiz-feedback');
			await expect(feedback).toBeFocused();
			await expect(feedback.getByTestId('explanation')).not.toBeEmpty();
			await expect(
				feedback.getByTestId('source-quote').getByRole('button', { name: /看原文段落/, includeHidden: true })
			).toHaveCount(1);
			if (kind === 'cloze') await expect(quizCard(page).getByTestId('verdict')).toHaveText(/答對了/);
			// One option of several right, or pairs chosen blindly: wrong, or partly right.
			if (kind === 'multiple-select' || kind === 'matching')
				await expect(quizCard(page).getByTestId('verdict')).toHaveText(/答錯了|部分正確/);
			// Alt+↓ swaps the first two items of a shuffled order, which now and then makes it right: the quiz's
			// seed is random, so either verdict may be the true one (this failed about one run in six).
			if (kind === 'ordering') {
				await expect(quizCard(page).getByTestId('verdict')).toHaveText(/答錯了|部分正確|答對了/);
				orderingRight = /答對了/.test((await quizCard(page).getByTestId('verdict').textContent()) ?? '');
			}
			// Enter goes on; so does Space (on release).
			await page.keyboard.press(position % 2 === 0 ? 'Space' : 'Enter');
		}
		expect([...seen].sort()).toEqual([...allKinds].sort());

		// Right: the flashcard, the single choice, the true/false and the cloze; the ordering when the swap made it so.
		const right = rightByKeyboard.length + (orderingRight ? 1 : 0);
		const percent = `${Math.round((right / quizLength) * 100)}%`;
		const results = page.getByTestId('quiz-results');
		await expect(results.getByRole('heading', { name: '成績' })).toBeFocused();
		await expect(page.getByTestId('quiz-score')).toContainText(`答對 ${right}／${quizLength} 題`);
		await expect(page.getByTestId('quiz-score')).toContainText(percent);
		await expect(results.getByTestId('quiz-review-item')).toHaveCount(quizLength);
		// A fresh learner studies none of these cards yet: by default a quiz leaves them for the daily new cards.
		await expect(results).not.toContainText('記入間隔複習');

		await page.reload();
		await expect(page.getByTestId('quiz-score')).toContainText(`答對 ${right}／${quizLength} 題`);

		await page.getByRole('link', { name: '所有作答紀錄' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('過去的測驗');
		const attempts = page.getByTestId('quiz-attempts').locator('li');
		await expect(attempts).toHaveCount(1);
		await expect(attempts.first()).toContainText(`答對 ${right}／${quizLength}（${percent}）`);
		await expect(page.getByTestId('deck-trends').locator('li').first()).toContainText(/只作答過一次|最近/);
		await page.reload();
		await expect(page.getByTestId('quiz-attempts').locator('li')).toHaveCount(1);

		// The attempt's results open from history.
		await attempts.first().getByRole('link', { name: '看成績' }).click();
		await expect(page.getByTestId('quiz-score')).toContainText(`答對 ${right}／${quizLength} 題`);

		// No card was started by the quiz: today's new cards are as many as before (they used to drop by seven).
		expect(await newCardsToday(page)).toBe(newBefore);
	});

	test('test mode by mouse only, every kind chosen in the builder; a reload mid-quiz resumes; retry the wrong ones', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const catalog = await catalogQuestions(page);
		await page.goto('/quiz/');
		// Pick the kinds one by one, so the quiz is one question of each.
		await page.getByText('全部題型').click();
		await expect(page.getByText('沒有符合條件的題目。')).toBeVisible();
		for (const kind of ['記憶卡', '單選題', '多選題', '是非題', '填空題', '排序題', '配對題'])
			await page.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).click();
		await page.getByLabel('題數').fill(String(quizLength));
		await page.getByRole('radio', { name: '全部答完才看成績' }).click();
		await page.getByText('設定時間限制').click();
		await page.getByRole('button', { name: '開始測驗' }).click();
		await expect(page).toHaveURL(/\/quiz\/take\/#q=/);
		await expect(page.getByTestId('quiz-timer')).toContainText(/剩餘時間 (10:00|9:5\d)/);

		const seen: Kind[] = [];
		let right = 0;
		for (let position = 1; position <= quizLength; position++) {
			if (position === 4) {
				// A reload mid-quiz resumes where the learner was.
				await page.reload();
			}
			await expect(page.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 ${quizLength} 題`);
			const { id, kind } = await currentQuestion(page);
			seen.push(kind);
			// Right on odd positions, wrong on even ones; multiple select, ordering and matching are wrong anyway.
			const wantRight = position % 2 === 1 && !['multiple-select', 'ordering', 'matching'].includes(kind);
			await answerByMouse(page, catalog.get(id)!, wantRight);
			if (wantRight) right++;
			// Test mode: no feedback, straight on.
			await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
			if (position < quizLength)
				await expect(page.getByTestId('quiz-progress')).toHaveText(
					`第 ${position + 1} 題，共 ${quizLength} 題`
				);
		}
		expect([...seen].sort()).toEqual([...allKinds].sort());

		const results = page.getByTestId('quiz-results');
		await expect(page.getByTestId('quiz-score')).toContainText(`答對 ${right}／${quizLength} 題`);
		await expect(results).toContainText('測驗模式');
		// Each question reviewed: a wrong one opens to the answer, explanation and source link.
		const wrongItems = results.getByTestId('quiz-review-item').and(page.locator('[data-correct="false"]'));
		await expect(wrongItems).toHaveCount(quizLength - right);
		const firstWrong = wrongItems.first();
		await firstWrong.getByText(/^第 \d+ 題$/).click();
		await expect(firstWrong.getByTestId('answer')).toBeVisible();
		await expect(firstWrong.getByTestId('answer')).toContainText('解說');
		await expect(firstWrong.getByTestId('source-quote').getByRole('link')).toHaveAttribute(
			'href',
			/\/article\/#q-/
		);

		await page.getByRole('button', { name: `重做答錯的 ${quizLength - right} 題` }).click();
		await expect(page.getByTestId('quiz-progress')).toHaveText(`第 1 題，共 ${quizLength - right} 題`);
		await expect(page.getByText('測驗模式')).toBeVisible();
		// Back returns to the results of the first quiz.
		await page.goBack();
		await expect(page.getByTestId('quiz-score')).toContainText(`答對 ${right}／${quizLength} 題`);
	});

	test('a time limit counts down, warns once at one minute and hands the quiz in at zero', async ({
		page
	}) => {
		await page.clock.install();
		await page.goto('/quiz/');
		await page.getByLabel('題數').fill('3');
		await page.getByText('設定時間限制').click();
		await page.getByLabel('時間限制（分鐘）').fill('2');
		await page.getByRole('button', { name: '開始測驗' }).click();
		// The installed clock still runs in real time between steps, so a busy machine may show a second or two less.
		const timer = page.getByTestId('quiz-timer');
		await expect(timer).toContainText(/剩餘時間 (2:00|1:5\d)/);
		const live = timer.locator('[aria-live="polite"]');
		await expect(live).toHaveText('');
		await page.clock.runFor(61_000);
		await expect(timer).toContainText(/剩餘時間 0:[45]\d/);
		await expect(live).toHaveText('剩下一分鐘。');
		await page.clock.runFor(60_000);
		await expect(page.getByTestId('quiz-results')).toContainText('時間到，自動交卷。');
		await expect(page.getByTestId('quiz-score')).toContainText('答對 0／3 題');
	});

	test('a tampered or missing quiz link shows a clear message in the learner’s language', async ({
		page
	}) => {
		await buildPracticeQuizByKeyboard(page);
		const url = new URL(page.url());
		const token = url.hash.slice('#q='.length);
		const middle = Math.floor(token.length / 2);
		const tampered = token.slice(0, middle) + (token[middle] === 'A' ? 'B' : 'A') + token.slice(middle + 1);

		await page.goto(`/quiz/take/#q=${tampered}`);
		await expect(page.getByRole('alert')).toContainText('這個測驗連結已損壞');
		await expect(page.getByRole('link', { name: '自訂一份測驗' })).toBeVisible();

		await page.goto(`/en/quiz/take/#q=${token.slice(0, 10)}`);
		await expect(page.getByRole('alert')).toContainText('This quiz link is damaged');

		await page.goto('/quiz/take/');
		await expect(page.getByText('這個網址裡沒有測驗。')).toBeVisible();
	});
});

test('the quiz pages speak English at /en/', async ({ page }) => {
	await page.goto('/en/quiz/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build a quiz');
	await page.getByLabel('Number of questions').fill('1');
	await page.getByRole('radio', { name: 'See your score' }).click();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page).toHaveURL(/\/en\/quiz\/take\/#q=/);
	await expect(page.getByTestId('quiz-progress')).toHaveText('Question 1 of 1');
	// Handing in early asks first; unanswered questions count as wrong.
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Hand in now' }).click();
	await expect(page.getByTestId('quiz-results')).toContainText('Handed in early.');
	await expect(page.getByTestId('quiz-score')).toContainText('0 of 1 right');
	await expect(page.getByTestId('quiz-review-item')).toContainText('Not answered (counted wrong)');
});
