// Navigation → first study card painted, on a truly fresh profile (new browser context: no service worker, empty
// IndexedDB, empty HTTP cache) and warm (service worker installed, caches full, the database holding 100,000
// cards and 1,000,000 log entries), each unthrottled and under 4× CPU throttling with slow 4G. The catalog is the
// synthetic one (100,229 questions): a deck of 1,000 and "all".
import { applyProfile, firstCardTimes, freshContext, profiles } from '../lib/browser.mjs';
import { kib, mb, median, ms, p95, row } from '../lib/stats.mjs';
import { splitPageAndWorker, summarizeLog } from '../lib/static-server.mjs';

const timeoutMs = 120_000;

async function sample(env, context, contextId, path, profile) {
	const page = await context.newPage();
	const asked = [];
	page.on('request', (request) => asked.push(new URL(request.url()).pathname));
	await applyProfile(page, profile);
	const from = env.server.log.length;
	await page.goto(`${env.origin}${path}`, { waitUntil: 'commit', timeout: timeoutMs });
	const times = await firstCardTimes(page, timeoutMs);
	// What the page downloaded, not the service worker's background download (measured on its own).
	const entries = env.server.log.slice(from).filter((entry) => entry.context === contextId);
	const bytes = summarizeLog(splitPageAndWorker(entries, asked).page).bytes;
	await page.close();
	return times
		? { paintedMs: times.painted, cls: times.cls, bytes }
		: { paintedMs: Number.POSITIVE_INFINITY, bytes };
}

function describe(samples) {
	const times = samples.map((s) => s.paintedMs);
	const timedOut = times.filter((time) => !Number.isFinite(time)).length;
	const bytes = median(samples.map((s) => s.bytes));
	const cls = Math.max(...samples.map((s) => s.cls ?? 0));
	return (
		`p50 ${ms(median(times))}, p95 ${ms(p95(times))} (n=${samples.length}${timedOut ? `, ${timedOut} timed out at ${timeoutMs / 1000} s` : ''}); ` +
		`${bytes > 1_000_000 ? mb(bytes) : kib(bytes)} downloaded; CLS ≤ ${cls.toFixed(3)}`
	);
}

export default {
	title: 'Navigation → first card painted (synthetic catalog)',
	async run(env) {
		env.useContent('synthetic');
		const deckPath = `/review/${env.heavyDeckId}/`;
		const plan = [
			{
				scope: 'deck of 1,000',
				path: deckPath,
				profile: profiles.unthrottled,
				cold: env.quick ? 2 : 5,
				warm: env.quick ? 3 : 9
			},
			{
				scope: 'deck of 1,000',
				path: deckPath,
				profile: profiles.mobile,
				cold: env.quick ? 1 : 3,
				warm: env.quick ? 2 : 5
			},
			{
				scope: 'all (100,229)',
				path: '/review/all/',
				profile: profiles.unthrottled,
				cold: env.quick ? 1 : 3,
				warm: env.quick ? 1 : 3
			}
		];
		const rows = [];
		for (const step of plan) {
			const samples = [];
			for (let run = 0; run < step.cold; run++) {
				const { id, context } = await freshContext(env.browser);
				samples.push(await sample(env, context, id, step.path, step.profile));
				await context.close();
			}
			rows.push(row(`fresh profile, ${step.scope}, ${step.profile.name}`, describe(samples)));
		}
		const warm = await env.warmContext();
		for (const step of plan) {
			const samples = [];
			for (let run = 0; run < step.warm; run++)
				samples.push(await sample(env, warm.context, warm.id, step.path, step.profile));
			rows.push(row(`warm, ${step.scope}, ${step.profile.name}`, describe(samples)));
		}
		return rows;
	}
};
