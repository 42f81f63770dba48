// The loop every screenshot script shares: phone and laptop sizes, light and dark, with a synthetic history
// seeded into the app's database first, then each language. Against a running preview (SCREENS_ORIGIN).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { seedHistory } from './seed.mjs';

export const origin = process.env.SCREENS_ORIGIN ?? 'http://127.0.0.1:4173';
export const sizes = [
	[390, 844],
	[1280, 800]
];

/** The catalog's questions as the seed needs them. */
export async function catalogQuestions() {
	const catalog = await (await fetch(`${origin}/content.json`)).json();
	return catalog.decks.flatMap((deck) => deck.questions.map((q) => ({ id: q.id, deckId: q.deckId })));
}

/**
 * Calls `shoot(page, screen)` once per size, colour scheme and language, `screen` being
 * `{ width, height, colorScheme, language, prefix }` (prefix: '' or '/en'), in a browser whose database holds a
 * seeded history of `days` days. `out` is created.
 */
export async function forEachScreen(out, shoot, { days = 200 } = {}) {
	mkdirSync(out, { recursive: true });
	const executablePath =
		process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
	});
	const questions = await catalogQuestions();
	try {
		for (const [width, height] of sizes) {
			for (const colorScheme of ['light', 'dark']) {
				const context = await browser.newContext({ viewport: { width, height }, colorScheme });
				const page = await context.newPage();
				await page.goto(`${origin}/review/all/`);
				await page.waitForSelector('[data-testid="review-card"], [data-testid="session-summary"]');
				await page.evaluate(seedHistory, { questions, days, nowMs: Date.now() });
				for (const language of ['zh', 'en']) {
					const prefix = language === 'en' ? '/en' : '';
					await shoot(page, { width, height, colorScheme, language, prefix, questions });
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
}

/** axe's violations on the page as it is, as `id (nodes)` strings. */
export async function axeViolations(page) {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}
