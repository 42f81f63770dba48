// The quiz builder with the synthetic catalog (100,229 questions) and the seeded history: navigation → form ready,
// then "weak spots" over all decks, 20 questions: click → first question painted. Long tasks (main thread blocked
// over 50 ms) are counted as Total Blocking Time counts them.
import { applyProfile, longTaskSummary, profiles } from '../lib/browser.mjs';
import { row, spread } from '../lib/stats.mjs';

export default {
	title: 'Quiz builder (synthetic catalog, warm, 100,000 cards)',
	async run(env) {
		env.useContent('synthetic');
		const warm = await env.warmContext();
		const rows = [];
		for (const profile of [profiles.unthrottled, { ...profiles.unthrottled, name: '4× CPU', cpu: 4 }]) {
			const ready = [];
			const loadBlocking = [];
			const built = [];
			const buildLongest = [];
			for (let run = 0; run < (env.quick ? 2 : 5); run++) {
				const page = await warm.context.newPage();
				await applyProfile(page, profile);
				await page.goto(`${env.origin}/quiz/`, { waitUntil: 'commit', timeout: 180_000 });
				const submit = page.locator('main form button[type="submit"]');
				await submit.waitFor({ timeout: 180_000 });
				ready.push(await page.evaluate(() => performance.now()));
				await page.waitForTimeout(500);
				loadBlocking.push((await longTaskSummary(page)).blockingMs);
				await page.locator('main form input[type="radio"][value="weak-spots"]').check();
				const count = page.locator('main form input[name="count"]');
				await count.fill('20');
				const before = await page.evaluate(() => performance.now());
				// Enter on the focused button: a click would wait for the navigation it starts, which can be slow here.
				await submit.focus();
				await page.keyboard.press('Enter');
				await page.locator('main [data-question]').first().waitFor({ timeout: 180_000 });
				await page.waitForFunction(() => window.__bench.firstCard?.painted !== undefined, undefined, {
					timeout: 60_000
				});
				const { painted } = await page.evaluate(() => window.__bench.firstCard);
				built.push(painted - before);
				buildLongest.push((await longTaskSummary(page, before)).longestMs);
				await page.close();
			}
			rows.push(row(`navigation → builder ready, ${profile.name}`, spread(ready)));
			rows.push(row(`… blocking time while loading (TBT-style), ${profile.name}`, spread(loadBlocking)));
			rows.push(
				row(`weak spots, 20 questions: click → first question painted, ${profile.name}`, spread(built))
			);
			rows.push(row(`… longest task while building, ${profile.name}`, spread(buildLongest)));
		}
		return rows;
	}
};
