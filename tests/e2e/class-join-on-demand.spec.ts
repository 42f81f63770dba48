import { expect, test, type Page } from '@playwright/test';
import { builtIndex, quizToken } from './quiz-link';

// Issue 12, "instant on a phone": the join page's name form needs none of the quiz's code. The quiz runner (with
// the database) loads on the first sign the student will take the quiz, so its start no longer blocks the page
// just after it paints; a Start pressed before it arrives says so, and a download that fails says so too, with a
// way to try again that keeps the name. Without the service worker, which would serve the scripts from its own
// cache, out of the test's reach.
test.use({ serviceWorkers: 'block' });

/** A class quiz link on the first deck's questions that are not flashcards. */
function joinLink(): { path: string; count: number } {
	const picked = builtIndex.decks[0]!.questions.filter((question) => question.kind !== 'flashcard').slice(
		0,
		2
	);
	const token = quizToken(
		picked.map((question) => question.id),
		{ seed: 'on-demand', handIn: { afterHandIn: 'score', retake: false } }
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
	const { path, count } = joinLink();
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
	// On a phone: the message shows above the tab bar, not under it (it sits below Start).
	await page.setViewportSize({ width: 390, height: 844 });
	const { path, count } = joinLink();
	await openJoinPage(page, path);
	const scripts = await watchScripts(page, 'fail');
	const name = page.getByRole('textbox', { name: 'Your name' });
	await name.fill('Ada Lovelace');
	await page.getByRole('button', { name: 'Start' }).click();
	const failure = page.getByRole('alert').filter({ hasText: 'The quiz could not be loaded' });
	await expect(failure).toBeVisible();
	const tabBarTop = (await page.getByRole('link', { name: 'Class', exact: true }).boundingBox())!.y;
	const shown = (await failure.boundingBox())!;
	expect(shown.y).toBeGreaterThanOrEqual(0);
	expect(shown.y + shown.height).toBeLessThanOrEqual(tabBarTop);
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
	const { path } = joinLink();
	await openJoinPage(page, path.replace('/en/', '/'), '你的名字');
	await watchScripts(page, 'fail');
	await page.getByRole('textbox', { name: '你的名字' }).fill('小明');
	await page.getByRole('button', { name: '開始作答' }).click();
	await expect(page.getByRole('alert').filter({ hasText: '無法載入測驗' })).toBeVisible();
	await expect(page.getByRole('button', { name: '再試一次' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: '你的名字' })).toHaveValue('小明');
});
