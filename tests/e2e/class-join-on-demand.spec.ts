import { expect, test, type Page } from '@playwright/test';
// Playwright runs in Node without SvelteKit's aliases: the domain code has none, so it is imported by path.
import { encodeQuizLink } from '../../src/lib/domain/quiz/quiz-link';
import type { QuizSpec } from '../../src/lib/domain/quiz/spec';

// Issue 12, "instant on a phone": the join page's name form needs none of the quiz's code. The quiz runner (with
// the database) loads on the first sign the student will take the quiz, so its start no longer blocks the page
// just after it paints; a Start pressed before it arrives says so, and a download that fails says so too, with a
// way to try again that keeps the name. Without the service worker, which would serve the scripts from its own
// cache, out of the test's reach.
test.use({ serviceWorkers: 'block' });

type Index = { version: string; decks: { questions: { id: string; kind: string }[] }[] };

/** A class quiz link on the first deck's questions that are not flashcards. */
async function joinLink(page: Page): Promise<{ path: string; count: number }> {
	const index = (await (await page.request.get('/content/index.json')).json()) as Index;
	const picked = index.decks[0]!.questions.filter((question) => question.kind !== 'flashcard').slice(0, 2);
	const spec: QuizSpec = {
		contentVersion: index.version,
		questionIds: picked.map((question) => question.id) as QuizSpec['questionIds'],
		order: 'as-picked',
		seed: 'on-demand',
		mode: 'test',
		timeLimitSeconds: null,
		handIn: { afterHandIn: 'score', retake: false }
	};
	const token = encodeQuizLink(
		spec,
		index.decks.flatMap((deck) => deck.questions.map((question) => question.id))
	);
	return { path: `/en/class/join/#q=${token}`, count: picked.length };
}

/** Opens the join page and waits until everything its first screen loads (after-paint scripts included) is in. */
async function openJoinPage(page: Page, path: string, nameLabel = 'Your name') {
	await page.goto(path);
	await expect(page.getByRole('textbox', { name: nameLabel })).toBeVisible();
	await page.waitForLoadState('networkidle');
}

/** The app's script requests from now on; `hold` keeps them waiting, `fail` aborts them, until `release`. */
async function watchScripts(page: Page, mode: 'pass' | 'hold' | 'fail') {
	const requested: string[] = [];
	let release: () => void = () => undefined;
	const released = new Promise<void>((resolve) => (release = resolve));
	let failing = mode === 'fail';
	await page.route('**/_app/immutable/**', async (route) => {
		requested.push(new URL(route.request().url()).pathname);
		if (failing) return route.abort('internetdisconnected');
		if (mode === 'hold') await released;
		return route.continue();
	});
	return {
		requested,
		release: () => {
			failing = false;
			release();
		}
	};
}

test('the quiz’s code loads only once the student shows intent, and Start waits for it with a status', async ({
	page
}) => {
	const { path, count } = await joinLink(page);
	await openJoinPage(page, path);
	const scripts = await watchScripts(page, 'hold');
	await page.waitForTimeout(500);
	// Painted and idle, the page has not fetched the quiz.
	expect(scripts.requested).toEqual([]);
	await page.getByRole('textbox', { name: 'Your name' }).fill('Ada');
	await expect.poll(() => scripts.requested.length).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Loading the quiz…' })).toBeVisible();
	await expect(page.getByTestId('quiz-progress')).toHaveCount(0);
	scripts.release();
	await expect(page.getByTestId('quiz-progress')).toHaveText(`Question 1 of ${count}`);
	await expect(page.getByRole('status').filter({ hasText: 'Loading the quiz…' })).toHaveCount(0);
});

test('a quiz whose code fails to download says so, keeps the name, and starts when tried again', async ({
	page
}) => {
	const { path, count } = await joinLink(page);
	await openJoinPage(page, path);
	const scripts = await watchScripts(page, 'fail');
	const name = page.getByRole('textbox', { name: 'Your name' });
	await name.fill('Ada Lovelace');
	await page.getByRole('button', { name: 'Start' }).click();
	const failure = page.getByRole('alert').filter({ hasText: 'The quiz could not be loaded' });
	await expect(failure).toBeVisible();
	expect(scripts.requested.length).toBeGreaterThan(0);
	// Nothing lost: the form and the name are still there, and no "loading" is left on screen.
	await expect(name).toHaveValue('Ada Lovelace');
	await expect(page.getByRole('status').filter({ hasText: 'Loading the quiz…' })).toHaveCount(0);

	scripts.release();
	await failure.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByTestId('quiz-progress')).toHaveText(`Question 1 of ${count}`);
	await expect(failure).toHaveCount(0);
});

test('in Chinese, the failure and the loading status are in Chinese', async ({ page }) => {
	const { path } = await joinLink(page);
	await openJoinPage(page, path.replace('/en/', '/'), '你的名字');
	await watchScripts(page, 'fail');
	await page.getByRole('textbox', { name: '你的名字' }).fill('小明');
	await page.getByRole('button', { name: '開始作答' }).click();
	await expect(page.getByRole('alert').filter({ hasText: '無法載入測驗' })).toBeVisible();
	await expect(page.getByRole('button', { name: '再試一次' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: '你的名字' })).toHaveValue('小明');
});
