// The Content Security Policy: on every prerendered page, and no page breaks it (no blocked script, style,
// worker, image or connection) while it loads and runs.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { buildDir as build, routes as everyRoute } from './routes';

/** Every route, and the home page in English too. */
const routes = [...everyRoute, '/en/'];

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
