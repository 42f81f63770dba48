// The home page's study counts with 100,000 cards and 1,000,000 log entries in the database: navigation → every
// count line painted with numbers, and the app's own measure of its counts query (User Timing "sco:counts-query").
import { applyProfile, profiles } from '../lib/browser.mjs';
import { row, spread } from '../lib/stats.mjs';

export default {
	title: 'Home page due counts (warm, 100,000 cards, 1,000,000 log entries)',
	async run(env) {
		env.useContent('synthetic');
		const warm = await env.warmContext();
		const rows = [];
		for (const profile of [profiles.unthrottled, { ...profiles.unthrottled, name: '4× CPU', cpu: 4 }]) {
			const painted = [];
			const queries = [];
			for (let run = 0; run < (env.quick ? 3 : 7); run++) {
				const page = await warm.context.newPage();
				await applyProfile(page, profile);
				await page.goto(`${env.origin}/`, { waitUntil: 'commit' });
				// Every count line shows numbers, "done for today", or says it failed (no longer "loading"): checked at
				// each frame. A deck tile's line starts with a label ("Today:"), so text alone does not tell.
				await page.waitForFunction(
					() => {
						const lines = [...document.querySelectorAll('[data-testid="study-counts"]')];
						return (
							lines.length > 0 &&
							lines.every(
								(line) =>
									line.querySelector('strong, [data-testid="done-today"]') ||
									!/載入|Loading/.test(line.textContent)
							)
						);
					},
					undefined,
					{ polling: 'raf', timeout: 60_000 }
				);
				painted.push(await page.evaluate(() => performance.now()));
				queries.push(
					...(await page.evaluate(() =>
						performance.getEntriesByName('sco:counts-query').map((entry) => entry.duration)
					))
				);
				await page.close();
			}
			rows.push(row(`navigation → counts painted, ${profile.name}`, spread(painted)));
			rows.push(
				row(
					`… counts query (sco:counts-query), ${profile.name}`,
					queries.length ? spread(queries) : 'not measured by this build'
				)
			);
		}
		return rows;
	}
};
