import { expect, type Page } from '@playwright/test';

export const allKinds = [
	'flashcard',
	'single-choice',
	'multiple-select',
	'true-false',
	'cloze',
	'ordering',
	'matching'
] as const;
export type Kind = (typeof allKinds)[number];

type Bilingual = { zh: string; en: string };
/** The parts of a catalog question the tests need to answer it. */
export type CatalogQuestion = {
	id: string;
	kind: Kind;
	answer?: Bilingual | boolean;
	options?: (Bilingual & { correct: boolean })[];
	/** Ordering items, in the correct order. */
	items?: Bilingual[];
};

/** Every question of the built app's catalog, by id: the tests look up the right answers here. */
export async function catalogQuestions(page: Page): Promise<Map<string, CatalogQuestion>> {
	const response = await page.request.get('/content.json');
	const catalog = (await response.json()) as { decks: { questions: CatalogQuestion[] }[] };
	return new Map(catalog.decks.flatMap((deck) => deck.questions).map((question) => [question.id, question]));
}

/** The question on screen. */
export const quizCard = (page: Page) => page.getByTestId('quiz-card');

export async function currentQuestion(page: Page) {
	const card = quizCard(page);
	await expect(card).toBeVisible();
	return {
		id: (await card.getAttribute('data-question'))!,
		kind: (await card.getAttribute('data-kind')) as Kind
	};
}

/** The 0-based on-screen position of the option the catalog marks correct (options are shuffled per quiz). */
export async function positionOfCorrectOption(page: Page, question: CatalogQuestion) {
	const correct = question.options!.find((option) => option.correct)!.zh;
	const texts = await quizCard(page).getByTestId('choice-text').allTextContents();
	const position = texts.findIndex((text) => text.trim() === correct);
	expect(position).toBeGreaterThanOrEqual(0);
	return position;
}

/** The reviewer's counts: how many new cards /review/all/ would show today. */
export async function newCardsToday(page: Page) {
	await page.goto('/review/all/');
	const counts = page.getByTestId('session-counts');
	await expect(counts).toBeVisible();
	return Number(await counts.getByTestId('count-new').textContent());
}

/** Answers the single-choice or true/false question on screen by mouse, right or wrong as asked, and submits it. */
export async function answerRightOrWrong(page: Page, question: CatalogQuestion, right: boolean) {
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
