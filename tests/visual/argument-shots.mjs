// Screenshots of the argument page (top, one claim reached by its anchor, the memory map on) and of the pages
// that link to it (reader with a claim's evidence, a paragraph page, a question page, home), phone and laptop,
// both languages and colour schemes, with axe run on each: `node tests/visual/argument-shots.mjs [out-dir]`
// against a running preview (SCREENS_ORIGIN). For looking at what was built; it prints axe's violations.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { seedHistory } from './seed.mjs';

const origin = process.env.SCREENS_ORIGIN ?? 'http://127.0.0.1:4173';
const out = process.argv[2] ?? 'test-results/screens';
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});
const catalog = await (await fetch(`${origin}/content.json`)).json();
const questions = catalog.decks.flatMap((deck) =>
	deck.questions.map((q) => ({ id: q.id, deckId: q.deckId }))
);
let violations = 0;
async function check(page, file) {
	await page.screenshot({ path: file });
	const result = await new AxeBuilder({ page }).analyze();
	violations += result.violations.length;
	console.log(
		file,
		'axe violations:',
		result.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', ') || 0
	);
}
try {
	for (const [width, height] of [
		[390, 844],
		[1280, 800]
	]) {
		for (const colorScheme of ['light', 'dark']) {
			const context = await browser.newContext({ viewport: { width, height }, colorScheme });
			const page = await context.newPage();
			await page.goto(`${origin}/review/all/`);
			await page.waitForSelector('.review-card, [data-testid="session-summary"]');
			await page.evaluate(seedHistory, { questions, days: 200, nowMs: Date.now() });
			for (const language of ['zh', 'en']) {
				const prefix = language === 'en' ? '/en' : '';
				const name = `${out}/argument-${language}-${width}-${colorScheme}`;
				await page.goto(`${origin}${prefix}/argument/`);
				await page.waitForLoadState('networkidle');
				await check(page, `${name}-top.png`);
				await page.goto(`${origin}${prefix}/argument/#legacy-assets`);
				await page.waitForLoadState('networkidle');
				await page.locator('#legacy-assets summary').click();
				await check(page, `${name}-claim.png`);
				await page.getByRole('button', { name: /記憶地圖|Memory map/ }).click();
				await page.getByTestId('memory-legend').waitFor();
				await page.locator('#legacy-assets').scrollIntoViewIfNeeded();
				await check(page, `${name}-memory.png`);
				// The pages that lead to the argument.
				const other = `${out}/links-${language}-${width}-${colorScheme}`;
				await page.goto(`${origin}${prefix}/article/#claim-legacy-assets`);
				await page.waitForLoadState('networkidle');
				await check(page, `${other}-reader-evidence.png`);
				await page.goto(`${origin}${prefix}/article/p19/`);
				await page.getByRole('heading', { level: 2 }).first().scrollIntoViewIfNeeded();
				await check(page, `${other}-paragraph.png`);
				await page.goto(`${origin}${prefix}/questions/${questions[0].id}/`);
				await page.waitForLoadState('networkidle');
				await page.locator('.question-claim').scrollIntoViewIfNeeded();
				await check(page, `${other}-question.png`);
				await page.goto(`${origin}${prefix}/`);
				await page.waitForLoadState('networkidle');
				await check(page, `${other}-home.png`);
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
}
console.log('axe violations in all:', violations);
