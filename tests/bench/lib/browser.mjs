// Chromium for the benchmark: Debian's where it exists (as the end-to-end tests use), fresh contexts, throttling
// through the DevTools protocol, and the in-page timing probes every group shares.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { contextHeader } from './static-server.mjs';

export const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(extraArgs = []) {
	return chromium.launch({ executablePath, args: [...chromiumArgs, ...extraArgs] });
}

/**
 * Lighthouse's "slow 4G" as DevTools applies it (Lighthouse's mobileSlow4G with its devtools adjustments):
 * 562.5 ms request latency, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up.
 */
export const slow4G = {
	offline: false,
	latency: 150 * 3.75,
	downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
	uploadThroughput: (750 * 1024 * 0.9) / 8
};

/** The profiles each timing is taken under. */
export const profiles = {
	unthrottled: { name: 'unthrottled', cpu: 1, network: undefined },
	mobile: { name: '4× CPU, slow 4G', cpu: 4, network: slow4G }
};

/** Applies a profile to a page through CDP (CPU throttling, network conditions); returns the CDP session. */
export async function applyProfile(page, profile) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
	if (profile.network) {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', profile.network);
	}
	return cdp;
}

let contextCounter = 0;

/**
 * A brand-new browser context: its own empty profile (no service worker, no IndexedDB, no HTTP cache). Its page
 * requests carry a header naming it, so the server's log tells its bytes apart; `serviceWorkers: 'block'` keeps
 * the service worker out of measurements of what a page itself downloads.
 */
export async function freshContext(browser, { serviceWorkers = 'allow', viewport } = {}) {
	const id = `c${++contextCounter}`;
	const context = await browser.newContext({
		serviceWorkers,
		viewport: viewport ?? { width: 412, height: 915 },
		extraHTTPHeaders: { [contextHeader]: id }
	});
	await context.addInitScript(probes);
	return { id, context };
}

/**
 * A profile on disk, as a learner's browser keeps one: the warm profile is seeded with a million log entries, and
 * an ordinary context's IndexedDB lives in memory (Chromium's off-the-record storage), which measured 3× slower to
 * fill and is not what a phone uses. Its own browser process; `close()` also deletes the profile's folder.
 */
export async function persistentContext({ viewport } = {}) {
	const id = `c${++contextCounter}`;
	const folder = mkdtempSync(join(tmpdir(), 'sco-bench-profile-'));
	const context = await chromium.launchPersistentContext(folder, {
		executablePath,
		args: chromiumArgs,
		serviceWorkers: 'allow',
		viewport: viewport ?? { width: 412, height: 915 },
		extraHTTPHeaders: { [contextHeader]: id }
	});
	await context.addInitScript(probes);
	return {
		id,
		context,
		async close() {
			await context.close();
			rmSync(folder, { recursive: true, force: true });
		}
	};
}

/**
 * Runs in every page before its own scripts: records when the first study card (or quiz question) is painted,
 * layout shifts, long tasks, and times key presses to the frame that shows their effect. Everything is in the
 * page's own clock (performance.now(), 0 = navigation start), and `event.timeStamp` of trusted key events.
 */
function probes() {
	const bench = {
		longTasks: [],
		layoutShift: 0,
		lcp: 0,
		firstCard: undefined,
		armed: undefined
	};
	window.__bench = bench;
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) bench.lcp = entry.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	} catch {
		// Observers missing: those figures stay empty.
	}

	/** After the current DOM change: the next frame's start and the moment after that frame was rendered. */
	const afterNextFrame = () =>
		new Promise((resolve) => {
			requestAnimationFrame(() => {
				const frame = performance.now();
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve({ frame, painted: performance.now() });
				channel.port2.postMessage(undefined);
			});
		});

	// A card the learner can act on: a question with its reveal/check control, or the end-of-session summary.
	const cardShown = () =>
		document.querySelector(
			'main [data-question] button:not([disabled]), main [data-testid="session-summary"]'
		) !== null;

	const check = () => {
		if (!bench.firstCard && cardShown()) {
			bench.firstCard = { dom: performance.now() };
			void afterNextFrame().then((times) => Object.assign(bench.firstCard, times));
		}
		const armed = bench.armed;
		if (armed && armed.keyAt !== undefined && armed.dom === undefined && armed.condition()) {
			armed.dom = performance.now();
			void afterNextFrame().then(({ frame, painted }) => {
				armed.resolve({ key: armed.key, keyAt: armed.keyAt, dom: armed.dom, frame, painted });
			});
		}
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		characterData: true
	});

	addEventListener(
		'keydown',
		(event) => {
			if (event.isTrusted && bench.armed && bench.armed.keyAt === undefined) {
				bench.armed.keyAt = event.timeStamp;
				bench.armed.key = event.key;
			}
		},
		true
	);

	const conditions = {
		// The ratings are on screen (after reveal, check, or grading a typed answer).
		answered: () => document.querySelector('main [aria-keyshortcuts="1"]') !== null,
		// The ratings are gone and the next card (or the summary) is ready to act on.
		next: () => document.querySelector('main [aria-keyshortcuts="1"]') === null && cardShown()
	};

	/** Waits for the next trusted key press and then for the condition; resolves with the times. */
	bench.arm = (name) => {
		let resolve;
		const done = new Promise((r) => (resolve = r));
		bench.armed = { condition: conditions[name], keyAt: undefined, resolve };
		bench.pending = done.finally(() => (bench.armed = undefined));
	};
}

/** Presses a key through the browser's input path and returns the in-page timings of what it caused. */
export async function timedKey(page, key, condition, timeoutMs = 30_000) {
	await page.evaluate((name) => window.__bench.arm(name), condition);
	await page.keyboard.press(key);
	return page.evaluate(
		(timeout) =>
			Promise.race([
				window.__bench.pending,
				new Promise((resolve) => setTimeout(() => resolve(undefined), timeout))
			]),
		timeoutMs
	);
}

/** Waits until the first card (or the session summary) has been painted; returns its times or undefined. */
export async function firstCardTimes(page, timeoutMs) {
	try {
		await page.waitForFunction(() => window.__bench?.firstCard?.painted !== undefined, undefined, {
			timeout: timeoutMs,
			polling: 50
		});
	} catch {
		return undefined;
	}
	return page.evaluate(() => ({
		...window.__bench.firstCard,
		cls: window.__bench.layoutShift,
		lcp: window.__bench.lcp
	}));
}

/** Long tasks since navigation: their total beyond 50 ms each (as Total Blocking Time counts) and the longest. */
export async function longTaskSummary(page, sinceMs = 0) {
	const tasks = await page.evaluate(
		(since) => window.__bench.longTasks.filter((task) => task.start >= since),
		sinceMs
	);
	return {
		blockingMs: tasks.reduce((total, task) => total + Math.max(0, task.duration - 50), 0),
		longestMs: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
		count: tasks.length
	};
}
