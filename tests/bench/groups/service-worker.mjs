// The first visit's background download: what the service worker fetches to make the app work offline, on top of
// what the page itself needed. Measured at the server: every byte it sent to this browser context during the
// visit, less the responses to the page's own requests (Playwright reports the worker's fetches on the context,
// not on the page, so the page's list is exactly what the page asked for).
import { freshContext } from '../lib/browser.mjs';
import { kib, mb, row } from '../lib/stats.mjs';
import { splitPageAndWorker, summarizeLog } from '../lib/static-server.mjs';

/** Waits until the server has been quiet for quietMs (the worker's install has finished downloading). */
async function waitForQuiet(server, quietMs, timeoutMs) {
	const started = performance.now();
	let count = server.log.length;
	let since = performance.now();
	while (performance.now() - started < timeoutMs) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		if (server.log.length !== count) {
			count = server.log.length;
			since = performance.now();
		} else if (performance.now() - since >= quietMs) return true;
	}
	return false;
}

async function measure(env) {
	const { id, context } = await freshContext(env.browser);
	const page = await context.newPage();
	const asked = [];
	page.on('request', (request) => asked.push(new URL(request.url()).pathname));
	const from = env.server.log.length;
	await page.goto(`${env.origin}/`, { waitUntil: 'load' });
	const state = await page.evaluate(async () => {
		if (!('serviceWorker' in navigator)) return 'unsupported';
		const registration = await Promise.race([
			navigator.serviceWorker.ready,
			new Promise((resolve) => setTimeout(() => resolve(undefined), 120_000))
		]);
		return registration?.active?.state ?? 'not activated in 120 s';
	});
	await waitForQuiet(env.server, 2000, 120_000);
	await context.close();
	const entries = env.server.log.slice(from).filter((entry) => entry.context === id);
	// Each address the page asked for accounts for one response; the rest were the worker's.
	const { page: byPage, worker: byWorker } = splitPageAndWorker(entries, asked);
	const worker = summarizeLog(byWorker);
	const ownPage = summarizeLog(byPage);
	return { state, worker, ownPage };
}

export default {
	title: 'Service worker: first-visit background download (fresh profile, home page)',
	async run(env) {
		const rows = [];
		for (const content of ['real', 'synthetic']) {
			env.useContent(content);
			const { state, worker, ownPage } = await measure(env);
			const label =
				content === 'real'
					? `real catalog (${env.realQuestionCount} questions)`
					: `synthetic catalog (${env.syntheticQuestionCount.toLocaleString('en')} questions)`;
			rows.push(
				row(
					`${label}`,
					`${worker.bytes > 1_000_000 ? mb(worker.bytes) : kib(worker.bytes)} gz in ${worker.requests} requests (worker ${state}; the page itself: ${kib(ownPage.bytes)})`,
					'≤ 500 KB',
					worker.bytes <= 500_000
				)
			);
		}
		env.useContent('real');
		return rows;
	}
};
