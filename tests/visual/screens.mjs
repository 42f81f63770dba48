// Screenshots of a page at phone and laptop sizes, in both languages and both colour schemes, after seeding a
// synthetic history: `node tests/visual/screens.mjs <path> [out-dir]` against a running preview (SCREENS_ORIGIN).
// For looking at what was built; it asserts nothing.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { seedHistory } from './seed.mjs';

const origin = process.env.SCREENS_ORIGIN ?? 'http://127.0.0.1:4173';
const path = process.argv[2] ?? '/stats/';
const out = process.argv[3] ?? 'test-results/screens';
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
const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
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
				await page.goto(`${origin}${prefix}${path}`);
				await page.waitForLoadState('networkidle');
				// Charts are drawn as they come near the screen: scroll through the page once, then back up.
				await page.evaluate(async () => {
					for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
						scrollTo(0, y);
						await new Promise((resolve) => setTimeout(resolve, 150));
					}
					scrollTo(0, 0);
				});
				await page.waitForTimeout(800);
				const file = `${out}/${slug}-${language}-${width}-${colorScheme}.png`;
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
}
