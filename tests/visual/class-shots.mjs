// Screenshots and axe checks of the teacher's class pages (the hub with its saved classes, the results page with
// a class list) at phone and laptop sizes, in both languages and colour schemes:
// `node tests/visual/class-shots.mjs [out-dir]` against a running preview (SCREENS_ORIGIN). Asserts nothing;
// prints axe violations.
import { existsSync, mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';

const origin = process.env.SCREENS_ORIGIN ?? 'http://127.0.0.1:4173';
const out = process.argv[2] ?? 'test-results/class-shots';
const only = process.env.SHOTS_ONLY ?? '';
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});

/** Two classes built through the hub (one renamed, one archived) and a class list with one code missing. */
async function seedClasses(page, prefix) {
	await page.goto(`${origin}${prefix}/class/`);
	for (let index = 0; index < 2; index++) {
		await page.locator('form button[type="submit"]').click();
		await page.getByTestId('join-link').waitFor();
		if (index === 0) await page.locator('.class-links .link-button').click();
	}
	return page.getByTestId('join-link').getAttribute('href');
}

let violations = 0;
async function check(page, name) {
	const file = `${out}/${name}.png`;
	await page.screenshot({ path: file, fullPage: true });
	const result = await new AxeBuilder({ page }).analyze();
	violations += result.violations.length;
	console.log(
		file,
		result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	);
}

try {
	for (const [width, height] of [
		[390, 844],
		[1280, 800]
	]) {
		for (const colorScheme of ['light', 'dark']) {
			for (const language of ['zh', 'en']) {
				const prefix = language === 'en' ? '/en' : '';
				const context = await browser.newContext({
					viewport: { width, height },
					colorScheme,
					serviceWorkers: 'block'
				});
				const page = await context.newPage();
				const joinHref = await seedClasses(page, prefix);
				const token = new URL(joinHref, origin).hash;
				const tag = `${language}-${width}-${colorScheme}`;
				if (!only || only.includes('hub')) {
					await page.goto(`${origin}${prefix}/class/`);
					await page.getByTestId('saved-class').first().waitFor();
					await check(page, `class-hub-${tag}`);
					await page.goto(`${origin}${prefix}/class/${token}`);
					await page.getByTestId('class-title').waitFor();
					await check(page, `class-open-${tag}`);
				}
				if (!only || only.includes('results')) {
					await page.goto(`${origin}${prefix}/class/results/${token}`);
					await page.getByTestId('codes-kept').waitFor();
					await page.locator('summary').first().click();
					await page.locator('#class-roster').fill('Mei\nArman Bek\n陳小明');
					await page.locator('#class-roster').blur();
					await page.locator('#result-codes').fill('NOTACODE123');
					await page.waitForTimeout(300);
					await check(page, `class-results-${tag}`);
				}
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
}
console.log(`axe violations: ${violations}`);
