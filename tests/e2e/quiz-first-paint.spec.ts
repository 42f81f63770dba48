import { expect, test, type Page } from '@playwright/test';
import { answerRightOrWrong, catalogQuestions, currentQuestion, quizCard } from './quiz-helpers';
import { builtIndex, quizToken } from './quiz-link';

// Issue 12, "instant on a phone": a quiz link paints its first question without the database library (Dexie),
// which loads after; an answer given before it arrives is saved once it does. Without the service worker, which
// would serve the scripts from its own cache, out of the test's reach.
test.use({ serviceWorkers: 'block' });
// A script still on its way when a test ends is dropped quietly.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/** One of Dexie's own error names: a script that contains it carries the database library. */
const dexieMarker = 'DatabaseClosedError';

/**
 * Holds back every script that carries the database library until `release` (or fails it, with `fail`): `asked`
 * lists those the page asked for meanwhile.
 */
async function holdDatabaseCode(page: Page, outcome: 'release' | 'fail') {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	const asked: string[] = [];
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (!body.includes(dexieMarker)) return route.fulfill({ response, body });
		asked.push(route.request().url());
		if (outcome === 'fail') return route.abort();
		await held;
		await route.fulfill({ response, body });
	});
	return { asked, release };
}

/** A test-mode quiz link over the first two single-choice or true/false questions of the catalog. */
function quizLink() {
	const picked = builtIndex.decks
		.flatMap((deck) => deck.questions)
		.filter((question) => ['single-choice', 'true-false'].includes(question.kind))
		.slice(0, 2);
	const token = quizToken(
		picked.map((question) => question.id),
		{ seed: 'first-paint' }
	);
	return { href: `/quiz/take/#q=${token}`, count: picked.length };
}

test('a quiz link paints its first question before the database code arrives; an answer given meanwhile is saved', async ({
	page
}) => {
	const catalog = await catalogQuestions(page);
	const { href, count } = quizLink();
	const database = await holdDatabaseCode(page, 'release');
	await page.goto(href);
	const progress = page.getByTestId('quiz-progress');
	await expect(progress).toHaveText(`第 1 題，共 ${count} 題`);
	const first = await currentQuestion(page);
	// The database's code was asked for (after the page painted) and has not arrived.
	await expect.poll(() => database.asked.length).toBeGreaterThan(0);

	await answerRightOrWrong(page, catalog.get(first.id)!, true);
	// Waiting for the database: the answer is not lost, and cannot be given twice.
	await expect(quizCard(page).getByRole('button', { name: '送出答案' })).toBeDisabled();
	await expect(progress).toHaveText(`第 1 題，共 ${count} 題`);
	database.release();
	await expect(progress).toHaveText(`第 2 題，共 ${count} 題`);

	// Saved: a reload goes on from the second question. This device knows the link, so the page waits for the
	// database rather than paint question 1 and jump (regression: it did).
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { progressSeen: seen });
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid="quiz-progress"]')?.textContent?.trim();
			if (text && text !== seen.at(-1)) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	const resumed = page.getByRole('status').filter({ hasText: '從第一道未作答的題目繼續' });
	await page.reload();
	await expect(progress).toHaveText(`第 2 題，共 ${count} 題`);
	expect(await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)).toEqual([
		`第 2 題，共 ${count} 題`
	]);
	await expect(resumed).toHaveCount(0);

	// A link this browser does not remember opening (its local storage cleared, a backup restored elsewhere): the
	// first question paints at once, then the quiz goes on from the second and says why the first was passed.
	await page.evaluate(() => localStorage.removeItem('sco-study.quizzes-opened'));
	await page.reload();
	await expect(progress).toHaveText(`第 2 題，共 ${count} 題`);
	await expect(resumed).toBeVisible();
});

test('a quiz whose database code cannot load says so in its language, and keeps the answer on screen', async ({
	page
}) => {
	const { href, count } = quizLink();
	const database = await holdDatabaseCode(page, 'fail');
	await page.goto(`/en${href}`);
	await expect(page.getByTestId('quiz-progress')).toHaveText(`Question 1 of ${count}`);
	await expect.poll(() => database.asked.length).toBeGreaterThan(0);
	const card = quizCard(page);
	await card.getByRole('radio').first().click();
	const chosen = card.getByRole('radio', { checked: true });
	await card.getByRole('button', { name: 'Submit answer' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Your answers cannot be saved yet' })).toBeVisible();
	await expect(page.getByTestId('quiz-progress')).toHaveText(`Question 1 of ${count}`);
	await expect(chosen).toHaveCount(1);
	await expect(card.getByRole('button', { name: 'Submit answer' })).toBeEnabled();
});

test('the quiz history paints its heading and a held place before the database code arrives; the list follows', async ({
	page
}) => {
	const database = await holdDatabaseCode(page, 'release');
	await page.goto('/en/quiz/history/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Past quizzes');
	await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
	await expect.poll(() => database.asked.length).toBeGreaterThan(0);
	database.release();
	await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
	await expect(page.getByText('No finished quizzes yet.')).toBeVisible();
});
