import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { type Locator } from '@playwright/test';
import { questions, quizToken } from '../e2e/study-card-helpers';
import { seedHistory } from './seed.mjs';

/** Answers a single-choice card on screen by clicking its second option, in either language. */
async function answerChoice(card: Locator) {
	await card.getByTestId('choice-text').nth(1).click();
	await card
		.getByRole('button', { name: /^(提交答案|檢查答案|送出答案|Check answer|Submit answer|Check)$/ })
		.click();
}

const out = new URL('./out/', import.meta.url).pathname;
const readme = new URL('./readme/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
mkdirSync(readme, { recursive: true });

const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
/** The pictures the README shows: each screen at both sizes, Chinese light on the laptop, English dark on the phone. */
const inReadme = (size: keyof typeof sizes, language: string, scheme: string) =>
	(size === 'desktop' && language === 'zh' && scheme === 'light') ||
	(size === 'phone' && language === 'en' && scheme === 'dark');

async function shown(page: Page) {
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await expect(page.getByText(/^(載入中…|Loading…)$/)).toHaveCount(0);
}

/** Each screen: how to reach it from a fresh page in the given language prefix ('' or '/en'). */
const screens: Record<string, (page: Page, prefix: string) => Promise<void>> = {
	// With a seeded history, so the deck tiles' progress bars show all three parts.
	home: async (page, prefix) => {
		await page.goto(`${prefix}/`);
		await expect(page.getByTestId('deck-progress').first()).toBeVisible();
		const seeded = questions.map(({ id, deckId }) => ({ id, deckId }));
		await page.evaluate(seedHistory, { questions: seeded, days: 120, nowMs: Date.now() });
		await page.reload();
		await shown(page);
		await expect(page.getByTestId('deck-progress').first()).toBeVisible();
	},
	'review-answered': async (page, prefix) => {
		const [first] = questions.filter((question) => question.kind === 'single-choice');
		await page.goto('/class/assign/#q=' + quizToken([first!.id], 'practice'));
		await page.getByRole('button', { name: '加入我的複習佇列' }).click();
		await expect(page.getByTestId('assign-done')).toBeVisible();
		await page.goto(`${prefix}/review/all/`);
		const card = page.getByTestId('review-card');
		await expect(card).toBeVisible();
		await answerChoice(card);
		await expect(card.getByTestId('rating-good')).toBeVisible();
	},
	'quiz-results': async (page, prefix) => {
		const ids = questions
			.filter((question) => question.kind === 'single-choice')
			.slice(0, 10)
			.map((question) => question.id);
		await page.goto(`${prefix}/quiz/take/#q=${quizToken(ids, 'test')}`);
		// A test hands in each answer and moves on by itself; its last answer opens the results.
		const quizCard = page.getByTestId('quiz-card');
		for (const id of ids) {
			await expect(quizCard).toHaveAttribute('data-question', id);
			await answerChoice(quizCard);
		}
		await expect(page.getByTestId('quiz-results')).toBeVisible();
	},
	cards: async (page, prefix) => {
		await page.goto(`${prefix}/cards/`);
		await shown(page);
	}
};

const only = process.env.SCREENS?.split(',');
for (const [name, reach] of Object.entries(screens)) {
	if (only && !only.includes(name)) continue;
	test(name, async ({ browser }) => {
		test.setTimeout(300_000);
		for (const [size, viewport] of Object.entries(sizes) as [
			keyof typeof sizes,
			(typeof sizes)[keyof typeof sizes]
		][])
			for (const language of ['zh', 'en'])
				for (const colorScheme of ['light', 'dark'] as const) {
					// The suite's storage: the first-run guide marked as seen, so it does not cover the screen.
					const { storageState } = test.info().project.use;
					const context = await browser.newContext({
						viewport,
						colorScheme,
						serviceWorkers: 'block',
						storageState
					});
					const page = await context.newPage();
					await reach(page, language === 'en' ? '/en' : '');
					const file = `${name}-${size}-${language}-${colorScheme}.png`;
					await page.screenshot({ path: `${out}${file}` });
					if (inReadme(size, language, colorScheme))
						await page.screenshot({ path: `${readme}${name}-${size}.png` });
					await context.close();
				}
	});
}
