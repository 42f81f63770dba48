// The statistics page (/stats/, all decks) with 100,000 cards and 1,000,000 log entries in the database (warm):
// navigation → today's figures painted (the page's first figures: seen in the page by a MutationObserver, then the
// end of the next frame), navigation → every figure computed (the app's User Timing mark "sco:stats-all-figures"), then the page is scrolled to its end a screen at a time so that every
// chart is drawn, and the main thread's long tasks (PerformanceObserver "longtask", in the page from its first
// script) are read from navigation until the last chart was drawn. The app times each chart's drawing itself
// (User Timing "sco:draw:<figure>"); the longest of those is printed too. The longest task is printed twice: from
// navigation (the page's start included) and from the first figures on (while the worker computes and charts draw).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyProfile, longTaskSummary, profiles } from '../lib/browser.mjs';
import { ms, percentile, row, spread } from '../lib/stats.mjs';

/** Runs in the page before its scripts: when today's figures show numbers, and when that frame was painted. */
function watchFirstFigures() {
	const shown = () => /\d/.test(document.querySelector('[data-testid="today-cards"]')?.textContent ?? '');
	const observer = new MutationObserver(() => {
		if (!shown()) return;
		observer.disconnect();
		const dom = performance.now();
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (window.__statsFirstFigures = { dom, painted: performance.now() });
			channel.port2.postMessage(undefined);
		});
	});
	observer.observe(document, { subtree: true, childList: true, characterData: true });
}

/** Scrolls to the end a screen at a time and waits until every chart on the page has been drawn. */
async function drawEveryChart(page) {
	await page.evaluate(async () => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		const allDrawn = () =>
			[...document.querySelectorAll('[data-testid^="figure-"] [role="img"]')].every(
				(box) => box.querySelector('svg, canvas') !== null
			);
		const deadline = performance.now() + 60_000;
		for (;;) {
			window.scrollBy(0, window.innerHeight);
			for (let wait = 0; wait < 10; wait++) await frame();
			const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
			if ((atEnd && allDrawn()) || performance.now() > deadline) break;
		}
		// The render queue draws one chart per task: wait until the last one is in.
		while (!allDrawn() && performance.now() < deadline) await frame();
	});
}

export default {
	title: 'Statistics page (warm, all decks: 100,000 cards, 1,000,000 log entries)',
	async run(env) {
		if (!existsSync(join(env.buildDir, 'stats', 'index.html')))
			return [row('statistics page', 'not in this build')];
		env.useContent('synthetic');
		const warm = await env.warmContext();
		const rows = [];
		for (const profile of [profiles.unthrottled, { ...profiles.unthrottled, name: '4× CPU', cpu: 4 }]) {
			const first = [];
			const all = [];
			const longest = [];
			const computing = [];
			const blocking = [];
			const draws = [];
			const culprits = new Map();
			const runs = env.quick ? 2 : profile.cpu === 1 ? 5 : 3;
			for (let run = 0; run < runs; run++) {
				const page = await warm.context.newPage();
				await applyProfile(page, profile);
				await page.addInitScript(watchFirstFigures);
				await page.goto(`${env.origin}/stats/`, { waitUntil: 'commit', timeout: 180_000 });
				await page.waitForFunction(() => window.__statsFirstFigures !== undefined, undefined, {
					polling: 100,
					timeout: 120_000
				});
				first.push(await page.evaluate(() => window.__statsFirstFigures.painted));
				await page.waitForFunction(
					() => performance.getEntriesByName('sco:stats-all-figures').length > 0,
					undefined,
					{ polling: 100, timeout: 300_000 }
				);
				all.push(
					await page.evaluate(() => performance.getEntriesByName('sco:stats-all-figures')[0].startTime)
				);
				await drawEveryChart(page);
				const summary = await longTaskSummary(page);
				longest.push(summary.longestMs);
				// From the first figures on, the worker computes and the page draws: the page's own start is over.
				const firstFiguresAt = await page.evaluate(
					() => performance.getEntriesByName('sco:stats-first-figures')[0].startTime
				);
				computing.push((await longTaskSummary(page, firstFiguresAt)).longestMs);
				blocking.push(summary.blockingMs);
				const measures = await page.evaluate(() =>
					performance
						.getEntriesByType('measure')
						.filter((entry) => entry.name.startsWith('sco:draw:'))
						.map((entry) => ({ name: entry.name.slice('sco:draw:'.length), duration: entry.duration }))
				);
				for (const measure of measures) {
					draws.push(measure.duration);
					culprits.set(measure.name, Math.max(culprits.get(measure.name) ?? 0, measure.duration));
				}
				await page.close();
			}
			const p50First = percentile(first, 50);
			const worstTask = Math.max(...longest);
			rows.push(
				row(`navigation → first figures painted, ${profile.name}`, spread(first), '≤ 1 s', p50First <= 1000)
			);
			rows.push(row(`navigation → every figure computed, ${profile.name}`, spread(all)));
			rows.push(
				row(
					`longest main-thread task, load to last chart, ${profile.name}`,
					`${spread(longest)}; worst ${ms(worstTask)}`,
					'≤ 50 ms',
					worstTask <= 50
				)
			);
			rows.push(
				row(
					`longest main-thread task while computing (first figures to last chart), ${profile.name}`,
					`${spread(computing)}; worst ${ms(Math.max(...computing))}`,
					'≤ 50 ms',
					Math.max(...computing) <= 50
				)
			);
			rows.push(row(`… blocking time beyond 50 ms per task (TBT-style), ${profile.name}`, spread(blocking)));
			const slowest = [...culprits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
			rows.push(
				row(
					`… one chart's drawing (sco:draw:*), ${profile.name}`,
					`${spread(draws)}; slowest ${slowest.map(([name, duration]) => `${name} ${ms(duration)}`).join(', ')}`
				)
			);
		}
		return rows;
	}
};
