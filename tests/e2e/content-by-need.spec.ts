import { expect, test, type Page } from '@playwright/test';
import { layoutShiftsInMain, recordLayoutShifts } from './layout-shift';
import { quizToken } from './quiz-link';

// Issue 12, "data by need": a page downloads the content index and the text of only the decks it shows, never
// the whole catalog, so its cost does not grow with the number of decks.

type Index = {
	version: string;
	decks: { id: string; title: { zh: string }; questions: { id: string; kind: string }[] }[];
};

/** Every content file the page asks for while it loads. */
function contentRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/content')) paths.push(path);
	});
	return paths;
}

async function contentIndex(page: Page): Promise<Index> {
	return (await (await page.request.get('/content/index.json')).json()) as Index;
}

test('a deck review downloads the index and that deck only', async ({ page }) => {
	const index = await contentIndex(page);
	// The smallest deck, so a whole-catalog download could not pass for it.
	const deck = [...index.decks].sort((a, b) => a.questions.length - b.questions.length)[0]!;
	const requested = contentRequests(page);
	await page.goto(`/review/${deck.id}/`);
	await expect(page.getByTestId('session-counts')).toBeVisible();
	expect(requested.sort()).toEqual(['/content/decks/' + deck.id + '.json', '/content/index.json'].sort());
});

test('a class quiz from one deck downloads that deck only, on the join page and the projector', async ({
	page
}) => {
	const index = await contentIndex(page);
	const deck = index.decks.at(-1)!;
	const choice = deck.questions.find((question) => question.kind !== 'flashcard')!;
	const token = quizToken([choice.id], { seed: 'bytes' });
	const requested = contentRequests(page);
	await page.goto(`/class/join/#q=${token}`);
	await expect(page.getByRole('textbox')).toBeVisible();
	expect(requested.sort()).toEqual([`/content/decks/${deck.id}.json`, '/content/index.json'].sort());

	requested.length = 0;
	await page.goto(`/class/projector/#q=${token}`);
	await expect(page.getByTestId('projector-announcement')).toBeAttached();
	// The projector quotes the article, so it also takes the article's file; still no other deck.
	expect(requested.filter((path) => path.startsWith('/content/decks/'))).toEqual([
		`/content/decks/${deck.id}.json`
	]);
	expect(requested).not.toContain('/content.json');
});

test('the quiz builder needs no question text: the index alone; its header is in the page', async ({
	page
}) => {
	// Shell first: the prerendered page already carries the builder's heading, before any script or data.
	const html = await (await page.request.get('/quiz/')).text();
	expect(html).toMatch(/<main[^>]*>[\s\S]*<h1>[^<]+<\/h1>/);
	const requested = contentRequests(page);
	await page.goto('/quiz/');
	await expect(page.getByRole('button', { name: /開始測驗|Start the quiz/ })).toBeVisible();
	expect(requested).toEqual(['/content/index.json']);
});

// Issue 12, "shell first": the review page's header and card area are in its HTML, and nothing moves when the
// questions, the counts and the card arrive (no layout shift in the page's main area).
test('the review page paints its header and card area before the data, and nothing shifts', async ({
	page
}) => {
	const index = await contentIndex(page);
	const deck = index.decks[0]!;
	// Hold the deck's file back, to see what paints without it.
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/content/decks/${deck.id}.json`, async (route) => {
		await held;
		await route.continue();
	});
	await recordLayoutShifts(page);
	await page.goto(`/review/${deck.id}/`);
	await expect(page.getByRole('region', { name: new RegExp(deck.title.zh) })).toBeVisible();
	await expect(page.getByRole('button', { name: /復原/ })).toBeVisible();
	release();
	await expect(page.locator('[data-question]')).toBeVisible();
	await expect(page.getByTestId('session-counts')).toBeVisible();
	expect(await layoutShiftsInMain(page)).toEqual([]);
});

// Issue 12, "shell first" for the quiz, on a phone: Lighthouse measured a layout shift of
// 0.081 on the quiz (4 December): the site footer sat under the short "Loading…" line and the quiz pushed it out of
// the first screen. Nothing below the header may move when the questions arrive, the footer included.
test('on a phone the quiz paints its shell first and moves nothing, the footer included, when its questions arrive', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const index = await contentIndex(page);
	const deck = index.decks[0]!;
	const token = quizToken(
		deck.questions.filter((question) => question.kind !== 'flashcard').map((question) => question.id),
		{ seed: 'bytes', mode: 'practice' }
	);
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/content/decks/${deck.id}.json`, async (route) => {
		await held;
		await route.continue();
	});
	await recordLayoutShifts(page, 'below-header');
	await page.goto(`/quiz/take/#q=${token}`);
	// Shell first: the header and the footer are painted while the questions are on their way.
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('contentinfo')).toBeAttached();
	await page.waitForTimeout(300);
	release();
	await expect(page.getByRole('group').or(page.getByRole('textbox')).first()).toBeVisible();
	expect(await layoutShiftsInMain(page)).toEqual([]);
});

/** Holds every content download until the returned function is called. */
async function holdContent(page: Page): Promise<() => void> {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/content/**', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

// Issue 12, "shell first" for the class pages (Lighthouse on a phone, join page: LCP 5.1 s, nothing painted, not
// even the header, until the content had downloaded). The header and a loading status paint while the content is
// on its way, and nothing below the header moves when the join form arrives.
test('on a phone the join page paints its header and a loading status first, and nothing moves when the quiz arrives', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const index = await contentIndex(page);
	const deck = index.decks[0]!;
	const choice = deck.questions.find((question) => question.kind !== 'flashcard')!;
	const token = quizToken([choice.id], { seed: 'bytes' });
	const release = await holdContent(page);
	await recordLayoutShifts(page, 'below-header');
	await page.goto(`/en/class/join/#q=${token}`);
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await page.waitForTimeout(300);
	release();
	await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
	expect(await layoutShiftsInMain(page)).toEqual([]);
});

// The same shell is in the pages' HTML, so it paints before any script runs (Lighthouse on a phone measured join's
// first paint at 1.9 s while its page was empty until the scripts had run): the site's header and the gate's
// loading status, in each language, on every page that opens a class link.
test('every class link page is prerendered with its header and a loading status, in each language', async ({
	page
}) => {
	for (const route of ['join', 'projector', 'results', 'worksheet', 'assign'])
		for (const [prefix, language, loading] of [
			['', 'zh-Hant', '載入中…'],
			['/en', 'en', 'Loading…']
		] as const) {
			const html = await (await page.request.get(`${prefix}/class/${route}/`)).text();
			expect(html, route).toContain(`<html lang="${language}"`);
			expect(html, route).toMatch(/<header[^>]*>\s*<nav /);
			expect(html, route).toMatch(new RegExp(`<main[^>]*>[\\s\\S]*role="status">${loading}</p>`));
		}
});

// The quiz and its history are shells too (they were empty until their scripts ran, which then fetched the pages'
// server data one round trip later): the site's header and a loading status in their HTML, in each language; the
// history also its heading and lead.
test('the quiz and the quiz history are prerendered with their header and a loading status, in each language', async ({
	page
}) => {
	for (const [prefix, language, loading, history] of [
		['', 'zh-Hant', '載入中…', '過去的測驗'],
		['/en', 'en', 'Loading…', 'Past quizzes']
	] as const) {
		for (const route of ['quiz/take', 'quiz/history']) {
			const html = await (await page.request.get(`${prefix}/${route}/`)).text();
			expect(html, route).toContain(`<html lang="${language}"`);
			expect(html, route).toMatch(/<header[^>]*>\s*<nav /);
			expect(html, route).toMatch(new RegExp(`<main[^>]*>[\\s\\S]*role="status">${loading}</p>`));
		}
		const html = await (await page.request.get(`${prefix}/quiz/history/`)).text();
		expect(html).toMatch(new RegExp(`<main[^>]*>[\\s\\S]*<h1>${history}</h1>`));
	}
});

// The failure path of the same shell: a content download that fails ends in the message, in the page's language,
// never in "Loading…" for good; on every page that opens a class link. Without the service worker, which would
// serve the content from its own cache, out of the test's reach.
test.describe('without the service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('a class page whose content cannot be downloaded says so, in its language, after its shell', async ({
		page
	}) => {
		const index = await contentIndex(page);
		const deck = index.decks[0]!;
		const choice = deck.questions.find((question) => question.kind !== 'flashcard')!;
		const token = quizToken([choice.id], { seed: 'bytes' });
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/content/**', async (route) => {
			await held;
			await route.abort();
		});
		await page.goto(`/class/join/#q=${token}`);
		await expect(page.getByRole('banner')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: '載入中…' })).toBeVisible();
		release();
		const problem = page.getByTestId('catalog-unavailable');
		await expect(problem).toHaveText(/無法載入題目/);
		await expect(page.getByRole('status').filter({ hasText: '載入中…' })).toHaveCount(0);
		for (const screen of ['join', 'projector', 'results', 'worksheet', 'assign']) {
			await page.goto(`/en/class/${screen}/#q=${token}`);
			await expect(page.getByTestId('catalog-unavailable'), screen).toHaveText(
				/The questions could not be loaded/
			);
		}
	});
});

// The class hub builds its quiz from the content index: its heading and a loading status paint before it arrives.
// They are in its prerendered page, in each language (Lighthouse on a phone measured FCP 2.3 s and LCP 3.7 s
// while the page was empty until its scripts ran), and the builder follows once the index is in.
test('the class hub paints its heading and a loading status before the index arrives', async ({ page }) => {
	for (const [path, language] of [
		['/class/', 'zh-Hant'],
		['/en/class/', 'en']
	] as const) {
		const html = await (await page.request.get(path)).text();
		expect(html).toContain(`<html lang="${language}"`);
		expect(html).toMatch(
			/<main[^>]*>[\s\S]*<h1>[^<]+<\/h1>\s*<p class="lead">[^<]+<\/p>[\s\S]*role="status"/
		);
	}
	const release = await holdContent(page);
	await page.goto('/en/class/');
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
	release();
	await expect(page.getByRole('button', { name: 'Create class quiz' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
});
