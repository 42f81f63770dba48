// The Content Security Policy: on every prerendered page, and no page breaks it (no blocked script, style,
// worker, image or connection) while it loads and runs.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeQuizLink } from '../../src/lib/domain/quiz/quiz-link';
import type { Question } from '../../src/lib/domain/question';
import type { QuizSpec } from '../../src/lib/domain/quiz/spec';

const build = fileURLToPath(new URL('../../build', import.meta.url));
type Catalog = {
	version: string;
	article: { paragraphs: { id: string }[] };
	decks: { id: string; questions: Question[] }[];
};
const catalog = JSON.parse(readFileSync(`${build}/content.json`, 'utf8')) as Catalog;
const questions = catalog.decks.flatMap((deck) => deck.questions);
const spec: QuizSpec = {
	contentVersion: catalog.version,
	questionIds: questions.slice(0, 3).map((question) => question.id) as QuizSpec['questionIds'],
	order: 'as-picked',
	seed: 'csp12345',
	mode: 'practice',
	timeLimitSeconds: null
};
const token = encodeQuizLink(
	spec,
	questions.map((question) => question.id)
);

/** One address per route (and the fallback page), in both languages for the home page. */
const routes = [
	'/',
	'/en/',
	'/article/',
	`/article/${catalog.article.paragraphs[0]!.id}/`,
	`/decks/${catalog.decks[0]!.id}/`,
	`/questions/${questions[0]!.id}/`,
	'/review/all/',
	`/review/${catalog.decks[0]!.id}/`,
	'/quiz/',
	`/quiz/take/#q=${token}`,
	'/quiz/history/',
	'/class/',
	`/class/join/#q=${token}`,
	`/class/projector/#q=${token}`,
	`/class/results/#q=${token}`,
	`/class/worksheet/#q=${token}`,
	`/class/assign/#q=${token}`,
	'/stats/',
	'/settings/',
	'/no-such-page/'
];

/** Collects every violation the page reports, from the DOM event and the console alike. */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
	});
	await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
			report(
				`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`
			);
		});
	});
	return seen;
}

test('every prerendered page carries the Content Security Policy, with its inline script hashed', () => {
	const pages = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter((path) =>
		path.endsWith('.html')
	);
	expect(pages.length).toBeGreaterThan(0);
	const missing = pages.filter((path) => {
		const html = readFileSync(`${build}/${path}`, 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		return (
			!policy ||
			!/script-src 'self'[^;]* 'sha256-/.test(policy) ||
			/script-src[^;]*'unsafe-inline'/.test(policy)
		);
	});
	expect(missing).toEqual([]);
});

// Two halves, so that the two test workers share the routes.
for (const [half, share] of [
	['first', routes.slice(0, routes.length / 2)],
	['second', routes.slice(routes.length / 2)]
] as const) {
	test(`no route breaks the Content Security Policy while it loads and runs (${half} half)`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		const violations = await watchViolations(page);
		for (const route of share) {
			await page.goto(route);
			await page.waitForLoadState('networkidle');
			// Each screen's own content is on screen (the scripts ran), not only the prerendered shell.
			await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
			expect(violations, route).toEqual([]);
		}
		// The service worker installs under the policy too.
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		expect(violations).toEqual([]);
	});
}
