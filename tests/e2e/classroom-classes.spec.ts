import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
// Playwright runs in Node without SvelteKit's aliases: the domain code has none, so it is imported by path.
import { quizTokenOf } from '../../src/lib/domain/quiz/address';
import { decodeQuizLink } from '../../src/lib/domain/quiz/quiz-link';
import { classroomQuiz, encodeResultCode } from '../../src/lib/domain/classroom/result-code';
import type { Question } from '../../src/lib/domain/question';

// The class list is the teacher's own: nothing here waits on the service worker.
test.use({ serviceWorkers: 'block' });

type Catalog = { version: string; decks: { questions: Question[] }[] };

/** A result code for the quiz in a join link, from a student of this name who answered nothing. */
async function codeFor(request: APIRequestContext, joinUrl: string, studentName: string): Promise<string> {
	const catalog = (await (await request.get('/content.json')).json()) as Catalog;
	const questions = catalog.decks.flatMap((deck) => deck.questions);
	const spec = decodeQuizLink(quizTokenOf(new URL(joinUrl).hash)!, {
		version: catalog.version,
		questionIds: questions.map((question) => question.id)
	});
	const quiz = classroomQuiz(spec, new Map(questions.map((question) => [question.id, question])));
	return encodeResultCode(
		{
			studentName,
			deviceTag: 1,
			answers: quiz.items.map(() => ({ kind: 'unanswered' })),
			elapsedSeconds: 60
		},
		quiz
	);
}

const savedClass = (page: Page, title: string | RegExp) =>
	page.getByTestId('saved-class').filter({ has: page.getByRole('heading', { name: title }) });

test('every class quiz built is kept: renamed, reopened after a reload with its codes and class list, duplicated, archived', async ({
	page,
	request
}) => {
	test.setTimeout(90_000);
	await page.goto('/en/class/');
	// A first visit shows the builder alone.
	await expect(page.getByRole('heading', { name: 'Build a new class quiz' })).toBeVisible();
	await expect(page.getByTestId('saved-classes')).toHaveCount(0);
	await page.getByLabel('Number of questions').fill('3');
	await page.getByRole('button', { name: 'Create class quiz' }).click();
	await expect(page.getByText('Saved to your classes.')).toBeVisible();
	const joinUrl = (await page.getByTestId('join-link').textContent())!;
	await expect(page.getByTestId('saved-class')).toHaveCount(1);
	await expect(page.getByTestId('class-title')).toContainText('Class quiz: Class quiz ');

	// Renamed in the list; the open class shows the new name.
	await page.getByRole('button', { name: /^Rename/ }).click();
	await page.getByLabel('Name of the class quiz').fill('History 7B');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(savedClass(page, 'History 7B')).toContainText('3 questions');
	await expect(page.getByTestId('class-title')).toHaveText('Class quiz: History 7B');

	// A new quiz empties the builder, but the class stays in the list, and a reload keeps it.
	await page.getByRole('button', { name: 'Create another quiz' }).click();
	await page.reload();
	await expect(page.getByTestId('join-link')).toHaveCount(0);
	await savedClass(page, 'History 7B').getByRole('link', { name: 'Open', exact: true }).click();
	await expect(page.getByTestId('join-link')).toHaveText(joinUrl);
	await expect(page.getByRole('img', { name: 'QR code for students to join the quiz' })).toBeVisible();

	// Results: a class list and one code; both are kept with the class.
	await savedClass(page, 'History 7B').getByRole('link', { name: 'Open the results page' }).click();
	await expect(page.getByTestId('codes-kept')).toContainText('History 7B');
	await page.getByText('Class list (optional)').click();
	await page.getByLabel('Class list (optional)').fill('Mei\nArman Bek\n陳小明');
	await page.getByLabel('Class list (optional)').blur();
	await page.getByLabel('Result codes').fill(await codeFor(request, joinUrl, 'arman bek'));
	const missing = page.getByTestId('not-handed-in');
	await expect(missing).toContainText('Not handed in yet (2)');
	await expect(missing.getByRole('listitem')).toHaveText(['Mei', '陳小明']);
	await page.reload();
	await expect(page.getByTestId('student-row')).toHaveCount(1);
	await expect(page.getByTestId('not-handed-in').getByRole('listitem')).toHaveText(['Mei', '陳小明']);

	// The list shows the codes and the class list; a duplicate is another link for another group.
	await page.goto('/en/class/');
	const history = savedClass(page, 'History 7B');
	await expect(history).toContainText('1 code pasted');
	await expect(history).toContainText('3 on the class list');
	await history.getByRole('button', { name: /^Duplicate/ }).click();
	const copy = savedClass(page, 'History 7B (copy)');
	await expect(copy).toContainText('0 codes pasted');
	await expect(copy).toContainText('3 on the class list');
	const copyLink = await copy.getByRole('link', { name: 'Open', exact: true }).getAttribute('href');
	expect(copyLink).not.toContain(quizTokenOf(new URL(joinUrl).hash)!);

	// Archived classes leave the list for a folded section, and come back.
	await copy.getByRole('button', { name: /^Archive/ }).click();
	await expect(page.getByTestId('saved-class').filter({ visible: true })).toHaveCount(1);
	await expect(copy).toBeHidden();
	await page.getByText('Archived (1)').click();
	await savedClass(page, 'History 7B (copy)')
		.getByRole('button', { name: /^Restore/ })
		.click();
	await expect(page.getByText('Archived (1)')).toHaveCount(0);
	await expect(page.getByTestId('saved-class')).toHaveCount(2);
});
