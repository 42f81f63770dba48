// What each page costs a first visit: bytes the page itself downloads until it is ready (service worker blocked,
// empty profile, real content), and the critical JS its HTML preloads (the same figure the size check in
// `npm test` holds to its budget).
import { freshContext, firstCardTimes } from '../lib/browser.mjs';
import { kib, row } from '../lib/stats.mjs';
import { summarizeLog } from '../lib/static-server.mjs';
import { pageSize } from '../../size/route-sizes.mjs';

/** Content pages: prerendered pages whose critical JS is held to 50 KiB gz. */
const contentPages = new Set(['home', 'article', 'paragraph', 'deck', 'question']);

export default {
	title: 'Bytes per route (first visit, gzip, real content, service worker blocked)',
	async run(env) {
		env.useContent('real');
		const links = await env.links();
		const deckId = env.realCatalog.decks[0].id;
		const questionId = env.realCatalog.decks[0].questions[0].id;
		const routes = [
			['home', '/'],
			['article', '/article/'],
			['paragraph', '/article/p1/'],
			['deck', `/decks/${deckId}/`],
			['question', `/questions/${questionId}/`],
			['review (one deck)', `/review/${deckId}/`],
			['review (all)', '/review/all/'],
			['quiz builder', '/quiz/'],
			['quiz', links.quiz],
			['quiz history', '/quiz/history/'],
			['class hub', '/class/'],
			['class join', links.join],
			['class projector', links.projector],
			['class results', links.results],
			['class worksheet', links.worksheet],
			['class assign', links.assign],
			['settings', '/settings/']
		];
		const rows = [];
		for (const [name, path] of routes) {
			const { id, context } = await freshContext(env.browser, { serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`${env.origin}${path}`, { waitUntil: 'load' });
			if (name.startsWith('review') || name === 'quiz' || name === 'class join')
				await firstCardTimes(page, 30_000);
			await page.waitForLoadState('networkidle');
			await context.close();
			const { requests, bytes, byKind } = summarizeLog(
				env.server.log.filter((entry) => entry.context === id)
			);
			const htmlFile = `${path.replace(/#.*$/, '').replace(/^\//, '')}index.html`;
			const critical = pageSize(env.buildDir, htmlFile).criticalJsBytes;
			const figure =
				`${kib(bytes).padStart(10)} in ${String(requests).padStart(2)} requests ` +
				`(HTML ${kib(byKind.html)}, JS ${kib(byKind.js)}, CSS ${kib(byKind.css)}, data ${kib(byKind.data)}); critical JS ${kib(critical)}`;
			if (contentPages.has(name)) rows.push(row(name, figure, 'critical JS ≤ 50 KiB', critical <= 50 * 1024));
			else if (name === 'review (one deck)')
				rows.push(row(name, figure, 'first load ≤ 120 KiB', bytes <= 120 * 1024));
			else rows.push(row(name, figure));
		}
		return rows;
	}
};
