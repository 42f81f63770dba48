// Lighthouse 12.8.2 (mobile: its default config, simulated slow 4G and 4× CPU, a Moto G Power-sized screen),
// performance category only, on the eight pages the issue names, real content, fresh storage each run. Lighthouse
// is not one of the app's dependencies (its `latest`-pinned dependency breaks `npm ci`): the first run installs
// it into tests/bench/.tools/ (ignored by git) with npm.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../lib/browser.mjs';
import { median, ms, row } from '../lib/stats.mjs';

const version = '12.8.2';
const toolsDir = resolve('tests/bench/.tools');
const entry = join(toolsDir, 'node_modules', 'lighthouse', 'core', 'index.js');

async function loadLighthouse() {
	if (!existsSync(entry)) {
		console.log(`  installing lighthouse@${version} into tests/bench/.tools (once)…`);
		execFileSync(
			'npm',
			['install', '--no-save', '--no-audit', '--no-fund', '--prefix', toolsDir, `lighthouse@${version}`],
			{
				stdio: 'inherit'
			}
		);
	}
	return (await import(pathToFileURL(entry).href)).default;
}

export default {
	title: 'Lighthouse mobile (performance), real content',
	async run(env) {
		env.useContent('real');
		const links = await env.links();
		const deckId = env.realCatalog.decks[0].id;
		const allPages = [
			['home', '/'],
			['article', '/article/'],
			['deck', `/decks/${deckId}/`],
			['review', `/review/${deckId}/`],
			['quiz builder', '/quiz/'],
			['quiz', links.quiz],
			['class hub', '/class/'],
			['class join', links.join]
		];
		// `--pages "class join,quiz builder"` measures some of them (run.mjs).
		for (const wanted of env.pages ?? [])
			if (!allPages.some(([name]) => name === wanted))
				throw new Error(`No Lighthouse page "${wanted}": ${allPages.map(([name]) => name).join(', ')}`);
		const pages = env.pages ? allPages.filter(([name]) => env.pages.includes(name)) : allPages;
		const lighthouse = await loadLighthouse();
		const port = env.port + 10;
		const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
		const rows = [];
		try {
			for (const [name, path] of pages) {
				const runs = [];
				for (let run = 0; run < (env.quick ? 1 : 3); run++) {
					const result = await lighthouse(`${env.origin}${path}`, {
						port,
						logLevel: 'error',
						output: 'json',
						onlyCategories: ['performance']
					});
					const audits = result.lhr.audits;
					runs.push({
						score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
						lcp: audits['largest-contentful-paint'].numericValue,
						cls: audits['cumulative-layout-shift'].numericValue,
						tbt: audits['total-blocking-time'].numericValue,
						fcp: audits['first-contentful-paint'].numericValue
					});
				}
				runs.sort((a, b) => a.score - b.score);
				const mid = runs[Math.floor(runs.length / 2)];
				const cls = median(runs.map((r) => r.cls));
				rows.push(
					row(
						name,
						`score ${mid.score} (runs: ${runs.map((r) => r.score).join(', ')}); LCP ${ms(median(runs.map((r) => r.lcp)))}, FCP ${ms(median(runs.map((r) => r.fcp)))}, TBT ${ms(median(runs.map((r) => r.tbt)))}, CLS ${cls.toFixed(3)}`,
						'≥ 95, CLS 0',
						mid.score >= 95 && cls === 0
					)
				);
			}
		} finally {
			await browser.close();
		}
		return rows;
	}
};
