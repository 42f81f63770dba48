// Deploying over a host that lets browsers cache every file (GitHub Pages sends max-age=600): the installed app
// announces the new version, applies it when asked, and works online and offline before, during and after.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { ContentFileList } from '../../src/lib/content/content-index';
import { contentToPrecache } from '../../src/lib/service-worker/precache';
import {
	changeContentVersion,
	contentFilesOf,
	redeployedCopy,
	removeCopy,
	startCachingHost,
	type CachingHost
} from './caching-host';

// DEPLOY_TEST_BUILD points the test at another build folder (e.g. an older commit's, to see it fail there).
const buildA = process.env.DEPLOY_TEST_BUILD ?? fileURLToPath(new URL('../../build', import.meta.url));
const versionA = (JSON.parse(readFileSync(`${buildA}/_app/version.json`, 'utf8')) as { version: string })
	.version;

/** Waits until a service worker controls the page (after the first visit's install and a reload). */
async function installed(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.reload();
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
/** The build stamp of each content file (content/…) the cache holds, by path. */
const cachedContentVersions = (page: Page, cacheName: string) =>
	page.evaluate(async (name) => {
		const cache = await caches.open(name);
		const versions: Record<string, string> = {};
		for (const request of await cache.keys()) {
			const path = new URL(request.url).pathname;
			if (!path.startsWith('/content/')) continue;
			const response = await cache.match(request);
			versions[path] = ((await response!.json()) as { appVersion: string }).appVersion;
		}
		return versions;
	}, cacheName);

/**
 * The content files the worker precaches from a build: those of its list that fit the content budget, in the
 * list's order (contentToPrecache, which the worker runs). The real catalog's decks all fit; a file after them
 * that does not (the article's translation, fetched when a learner asks for it) is cached when first used.
 */
const precachedContentPaths = (build: string) => {
	const list = JSON.parse(readFileSync(`${build}/content/files.json`, 'utf8')) as ContentFileList;
	const known = new Set(contentFilesOf(build).map((file) => `/${file}`));
	return ['/content/files.json', ...contentToPrecache(list, '', known)].sort();
};

/** The files the worker keeps, and their size gzipped as the build folder holds them. */
async function keptFiles(page: Page, build: string): Promise<{ paths: string[]; gzipBytes: number }> {
	const paths = await page.evaluate(async () => {
		const cache = await caches.open((await caches.keys())[0] ?? 'none');
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	});
	const gzipBytes = paths
		.map((path) => readFileSync(`${build}${path.endsWith('/') ? `${path}index.html` : path}`))
		.reduce((sum, body) => sum + gzipSync(body).length, 0);
	return { paths, gzipBytes };
}

async function offline(context: BrowserContext, host: CachingHost, down: boolean) {
	host.setDown(down);
	await context.setOffline(down);
}

/** Storage that marks the first-run guide as seen on this origin (as the suite's config does for its own), so its
 *  dialog does not cover the home page's update banner. */
const guideSeenOn = (origin: string) => ({
	cookies: [],
	origins: [{ origin, localStorage: [{ name: 'sco-study.first-run-guide', value: 'seen' }] }]
});

/** A new browser on the host, with the app installed by a first visit to `first` (its worker controls the page). */
async function installedApp(browser: Browser, host: CachingHost, first = '/') {
	const context = await browser.newContext({ baseURL: host.origin, storageState: guideSeenOn(host.origin) });
	const page = await context.newPage();
	await page.goto(first);
	await installed(page);
	return { context, page };
}

/** The app works: the home page lists the decks, a review session shows a card, the quiz builder its decks. */
async function appWorks(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('上合與中亞：讀報學習');
	await expect(page.getByTestId('deck-card').first()).toBeVisible();
	await page.goto('/review/all/');
	await expect(page.getByTestId('review-card')).toBeVisible();
	await page.goto('/quiz/');
	await expect(page.getByRole('button', { name: /開始測驗/ })).toBeVisible();
}

/** The app works online, then offline (host down too), and is left online. */
async function appWorksOnlineAndOffline(context: BrowserContext, host: CachingHost, page: Page) {
	await appWorks(page);
	await offline(context, host, true);
	await appWorks(page);
	await offline(context, host, false);
}

test.describe('deploying a new version over a caching host', () => {
	let host: CachingHost;
	let copy: { root: string; version: string };

	test.beforeEach(async () => {
		host = await startCachingHost(buildA);
		copy = redeployedCopy(buildA, 'b');
	});
	test.afterEach(async () => {
		await host.close();
		removeCopy(copy.root);
	});

	test('the update is announced, applied on consent, and the app works online and offline throughout', async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const { context, page } = await installedApp(browser, host);
		expect(await cacheNames(page)).toEqual([`sco-study-${versionA}`]);
		await appWorksOnlineAndOffline(context, host, page);

		host.deploy(copy.root);
		await page.goto('/');
		const banner = page.getByTestId('update-banner');
		// The new worker downloads and checks its files first: seconds on a loaded machine.
		await expect(banner).toContainText('新版本已準備好', { timeout: 30_000 });
		// Until the learner agrees, the running version keeps working, online and offline.
		await appWorksOnlineAndOffline(context, host, page);

		await page.goto('/');
		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: '重新載入以更新' }).click();
		await reloaded;
		await expect.poll(() => cacheNames(page)).toEqual([`sco-study-${copy.version}`]);
		await expect(banner).toHaveCount(0);
		// The new version's content files (the index and every deck), not the ones the browser's HTTP cache still
		// holds from the first deploy.
		const versions = await cachedContentVersions(page, `sco-study-${copy.version}`);
		expect(Object.keys(versions).sort()).toEqual(precachedContentPaths(buildA));
		expect(new Set(Object.values(versions))).toEqual(new Set([copy.version]));
		await appWorks(page);
		await offline(context, host, true);
		await appWorks(page);
		await context.close();
	});

	// A deck file: the install must check every content file, not only the index.
	const deckFile = precachedContentPaths(buildA)
		.filter((path) => path.startsWith('/content/decks/'))
		.at(-1)!;
	const failedDeploys = [
		{
			name: 'a deploy with a file that fails to download',
			deploy: () => {
				host.deploy(copy.root);
				host.breakFile(deckFile);
			}
		},
		{
			name: "a deploy whose deck file is still the previous build's (a CDN's copy)",
			deploy: () => {
				const stale = redeployedCopy(buildA, 'c', [deckFile.slice(1)]);
				removeAfter.push(stale.root);
				host.deploy(stale.root);
			}
		}
	];
	const removeAfter: string[] = [];
	test.afterAll(() => removeAfter.forEach(removeCopy));

	for (const failed of failedDeploys)
		test(`${failed.name} is not installed, and the installed version stays`, async ({ browser }) => {
			test.setTimeout(120_000);
			const { context, page } = await installedApp(browser, host);

			failed.deploy();
			await page.goto('/');
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				await registration?.update().catch(() => undefined);
			});
			// The new worker tried (it asked for the file), and its failed install leaves no installing or waiting
			// version, no banner and no half-filled cache.
			const asked: string[] = [];
			await expect
				.poll(() => (asked.push(...host.takeRequests()), asked.includes(deckFile)), { timeout: 30_000 })
				.toBe(true);
			const state = () =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return {
						installing: Boolean(registration?.installing),
						waiting: Boolean(registration?.waiting),
						caches: await caches.keys()
					};
				});
			await expect
				.poll(state, { timeout: 30_000 })
				.toEqual({ installing: false, waiting: false, caches: [`sco-study-${versionA}`] });
			await expect(page.getByTestId('update-banner')).toHaveCount(0);

			// Closing every tab cannot hand the app to a version with a missing file: offline it still works.
			await page.close();
			const again = await context.newPage();
			await offline(context, host, true);
			await appWorks(again);
			await context.close();
		});

	test("the worker's first-visit download is at most 500 KB gzipped, whatever the number of questions", async ({
		browser
	}) => {
		test.setTimeout(120_000);
		// The same build with 100,000 more questions in its index (8 MB, about 600 KB gzipped).
		const index = JSON.parse(readFileSync(`${copy.root}/content/index.json`, 'utf8')) as {
			decks: { id: string; questions: { id: string; deckId: string; kind: string }[] }[];
		};
		const deck = index.decks[0]!;
		index.decks.push({
			...deck,
			id: 'many',
			questions: Array.from({ length: 100_000 }, (_, n) => ({
				id: `many-${n}`,
				deckId: 'many',
				kind: 'flashcard'
			}))
		});
		const indexText = JSON.stringify(index);
		writeFileSync(`${copy.root}/content/index.json`, indexText);
		const listPath = `${copy.root}/content/files.json`;
		if (existsSync(listPath)) {
			const list = JSON.parse(readFileSync(listPath, 'utf8')) as {
				files: { path: string; gzipBytes: number }[];
			};
			list.files.find((file) => file.path === '/content/index.json')!.gzipBytes = gzipSync(indexText).length;
			writeFileSync(listPath, JSON.stringify(list));
		}
		host.deploy(copy.root);
		// The first visit opens a screen that reads no content, so what the cache holds is what the worker
		// downloaded of its own accord. The home page reads the index for its counts, and the worker keeps it
		// then: a page's own read, whose size does grow with the questions (about 600 KB gzipped here). Measured
		// after a first visit to the home page, the figure depended on whether that read had gone through the
		// worker yet: 403,526 or 671,420 bytes in the same run.
		const { context, page } = await installedApp(browser, host, '/settings/');
		const kept = await keptFiles(page, copy.root);
		expect(kept.gzipBytes).toBeLessThanOrEqual(500_000);
		// The content is cached when a page first needs it.
		expect(kept.paths).not.toContain('/content/index.json');
		await page.goto('/quiz/');
		// The builder reads an index of 100,000 questions: seconds on a loaded machine (it failed at 5 s once).
		await expect(page.getByRole('button', { name: /開始測驗/ })).toBeVisible({ timeout: 60_000 });
		await expect
			.poll(async () => (await keptFiles(page, copy.root)).paths, { timeout: 30_000 })
			.toContain('/content/index.json');
		await context.close();
	});

	test('a page never opened before says it is not saved yet when offline, instead of a blank page', async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const { context, page } = await installedApp(browser, host);
		// What a first visit downloads to work offline: at most 500 KB gzipped (real catalog).
		expect((await keptFiles(page, buildA)).gzipBytes).toBeLessThanOrEqual(500_000);
		const catalog = JSON.parse(readFileSync(`${buildA}/content.json`, 'utf8')) as {
			decks: { questions: { id: string }[] }[];
		};
		const question = catalog.decks[0]!.questions[0]!.id;
		await offline(context, host, true);
		await page.goto(`/questions/${question}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('目前離線');
		await page.goto(`/en/questions/${question}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
		// A screen of the app never opened is drawn offline from the fallback shell and its saved data.
		await page.goto('/en/settings/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review settings');
		await offline(context, host, false);
		// Once opened online, it is kept.
		await page.goto(`/questions/${question}/`);
		await expect(page.getByTestId('question-card')).toBeVisible();
		await offline(context, host, true);
		await page.reload();
		await expect(page.getByTestId('question-card')).toBeVisible();
		await context.close();
	});

	test('a deploy that changes nothing downloads nothing but the worker script, and announces nothing', async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const { context, page } = await installedApp(browser, host);
		const same = redeployedCopy(buildA, '');
		try {
			// Let the first visit's own requests finish (the worker keeps the open page once it activates).
			await expect.poll(() => host.takeRequests().length, { intervals: [1000], timeout: 30_000 }).toBe(0);
			host.deploy(same.root);
			await page.evaluate(async () => {
				await (await navigator.serviceWorker.getRegistration())?.update();
			});
			// The worker script is fetched and found identical: nothing of the app shell is downloaded again.
			const requests = host.takeRequests();
			expect(requests).toContain('/service-worker.js');
			expect(requests.filter((path) => path.startsWith('/_app/') || path.endsWith('.json'))).toEqual([]);
			await expect(page.getByTestId('update-banner')).toHaveCount(0);
			expect(await cacheNames(page)).toEqual([`sco-study-${versionA}`]);
		} finally {
			await context.close();
			removeCopy(same.root);
		}
	});

	test('once the app has loaded, every daily screen works offline, never opened; statistics once opened', async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const { context, page } = await installedApp(browser, host);
		const index = JSON.parse(readFileSync(`${buildA}/content/index.json`, 'utf8')) as {
			decks: { id: string }[];
		};
		await offline(context, host, true);
		// Each screen in one language or the other, none opened before; the worker's fallback shell draws them.
		const screens = [
			'/en/',
			'/article/',
			'/en/argument/',
			'/quiz/',
			'/en/quiz/history/',
			'/class/',
			'/en/settings/',
			`/review/${index.decks.at(-1)!.id}/`,
			'/en/review/all/'
		];
		for (const screen of screens) {
			await page.goto(screen);
			const heading = page.getByRole('heading', { level: 1 });
			await expect(heading, screen).toHaveCount(1);
			await expect(heading, screen).not.toHaveText(/目前離線|You are offline/);
			if (screen.includes('/review/')) await expect(page.getByTestId('review-card'), screen).toBeVisible();
			await expect(page.getByRole('alert'), screen).toHaveCount(0);
		}
		// Statistics (its worker and charts, about 60 KB) is kept once opened: offline before that it says it is
		// not saved yet; opened once online, it works offline, its worker included.
		await page.goto('/stats/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('目前離線');
		await offline(context, host, false);
		await page.goto('/stats/');
		await expect(page.getByTestId('today-cards')).toHaveText('0');
		await offline(context, host, true);
		await page.reload();
		await expect(page.getByTestId('today-cards')).toHaveText('0');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await context.close();
	});

	test('a class link made by a newer deploy asks to update the app, and the update opens it', async ({
		browser
	}) => {
		test.setTimeout(180_000);
		// The teacher's link is made with a newer deploy whose questions changed (another content version).
		changeContentVersion(copy.root);
		const newer = await startCachingHost(copy.root);
		let fragment: string;
		try {
			const teacherContext = await browser.newContext({ baseURL: newer.origin, serviceWorkers: 'block' });
			const teacher = await teacherContext.newPage();
			await teacher.goto('/en/class/');
			await teacher.locator('main form button[type="submit"]').click();
			const joinLink = teacher.getByTestId('join-link');
			await expect(joinLink).toHaveText(/\/class\/join\/#q=/);
			// From the link shown, not the page's address: the hub may still be rewriting its address (the class it
			// saved) when the link appears, and an empty fragment failed this test now and then.
			fragment = new URL((await joinLink.textContent())!, newer.origin).hash;
			await teacherContext.close();
		} finally {
			await newer.close();
		}

		// The student's app is the previous build, open since before the deploy.
		const { context, page } = await installedApp(browser, host);
		await page.goto('/en/class/join/');
		// The page has run its scripts (it says the address holds no quiz) and so follows a change of fragment: set
		// before that, the change could be missed and the test failed now and then.
		await expect(page.getByRole('heading', { name: 'This quiz link cannot be opened' })).toBeVisible();
		host.deploy(copy.root);
		await page.evaluate((hash) => (location.hash = hash), fragment);
		const needsUpdate = page.getByTestId('link-needs-update');
		await expect(needsUpdate).toContainText('newer version of the app', { timeout: 30_000 });
		await expect(page.getByText('new link')).toHaveCount(0);
		await needsUpdate.getByRole('button', { name: 'Update the app' }).click();
		await expect(page.getByLabel('Your name (optional)')).toBeVisible({ timeout: 30_000 });
		await context.close();
	});
});
