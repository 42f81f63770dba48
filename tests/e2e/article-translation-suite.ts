// The reader's Chinese / English / both switch, run on a laptop (article-translation.spec.ts) and a phone
// (article-translation-phone.spec.ts): the choice is kept across a reload, and a question's link still lands on
// its sentence with the translation shown.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { questions } from './study-card-helpers';

const translation = (
	parse(
		readFileSync(new URL('../../questions/sco-central-asia/translation.yaml', import.meta.url), 'utf8')
	) as {
		paragraphs: Record<string, string>;
	}
).paragraphs;
const englishOf = (paragraphId: string) => translation[paragraphId]!.replace(/\s+/g, ' ').trim();

// A question quoting a sentence far down the article, so arriving there needs a scroll.
const paragraphNumber = (question: (typeof questions)[number]) =>
	Number(question.sources[0].location.paragraphId.slice(1));
const farQuestion = [...questions].sort((a, b) => paragraphNumber(b) - paragraphNumber(a))[0]!;

const paragraphs = (page: Page) => page.getByTestId('paragraph');
const firstParagraph = (page: Page) => paragraphs(page).first();

async function choose(page: Page, name: RegExp) {
	await page.getByRole('radio', { name }).check();
}

export function articleTranslationSuite() {
	test('the Chinese reader shows Chinese, then English or both as chosen, and keeps the choice', async ({
		page
	}) => {
		await page.goto('/article/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeVisible();
		await expect(page.getByTestId('paragraph-english')).toHaveCount(0);

		await choose(page, /^中英對照$/);
		const english = firstParagraph(page).getByTestId('paragraph-english');
		await expect(english).toHaveText(englishOf('p1'));
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeVisible();
		// Every paragraph, heading and caption has its English.
		await expect(page.getByTestId('paragraph-english')).toHaveCount(await paragraphs(page).count());

		await page.reload();
		await expect(page.getByRole('radio', { name: '中英對照' })).toBeChecked();
		await expect(english).toBeVisible();
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeVisible();

		await choose(page, /^英文$/);
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeHidden();
		await page.reload();
		await expect(page.getByRole('radio', { name: '英文' })).toBeChecked();
		await expect(english).toBeVisible();
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeHidden();

		await choose(page, /^中文$/);
		await expect(english).toBeHidden();
		await page.reload();
		await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();
		await expect(english).toBeHidden();
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeVisible();
	});

	test('the English reader shows both by default, and the choice made there holds on the Chinese reader', async ({
		page
	}) => {
		await page.goto('/en/article/');
		await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
		await expect(firstParagraph(page).getByTestId('paragraph-english')).toHaveText(englishOf('p1'));
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeVisible();

		await choose(page, /^English$/);
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeHidden();
		await page.reload();
		await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
		await expect(firstParagraph(page).getByTestId('paragraph-text')).toBeHidden();
		await expect(firstParagraph(page).getByTestId('paragraph-english')).toBeVisible();
	});

	test("a question's link lands on its sentence with both texts shown, and on its paragraph's English alone", async ({
		page
	}) => {
		const paragraphId = farQuestion.sources[0].location.paragraphId;
		await page.goto('/article/');
		await choose(page, /^中英對照$/);
		await expect(firstParagraph(page).getByTestId('paragraph-english')).toBeVisible();

		await page.goto(`/article/#q-${farQuestion.id}`);
		const paragraph = page.locator(`#${paragraphId}`);
		const sentence = paragraph.getByTestId('source-highlight');
		await expect(sentence.first()).toBeVisible();
		expect((await sentence.allTextContents()).join('')).toContain(farQuestion.sources[0].quote);
		await expect(sentence.first()).toBeInViewport();
		await expect(paragraph.getByTestId('english-highlight')).toHaveText(englishOf(paragraphId));
		// Only the question's own paragraph is marked in English.
		await expect(page.getByTestId('english-highlight')).toHaveCount(1);

		await choose(page, /^英文$/);
		await page.goto('/article/');
		await page.goto(`/article/#q-${farQuestion.id}`);
		await expect(sentence.first()).toBeHidden();
		await expect(paragraph.getByTestId('english-highlight')).toBeInViewport();
	});
}

/** accessibility.spec.ts sees each reader in its default view only; this checks every view, language and scheme. */
export function articleTranslationAxe() {
	test('no axe violations in any view, language or colour scheme', async ({ page }) => {
		test.setTimeout(180_000);
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const prefix of ['', '/en']) {
				for (const view of [/^(中文|Chinese)$/, /^(英文|English)$/, /^(中英對照|Both)$/]) {
					await page.goto(`${prefix}/article/`);
					await choose(page, view);
					if (!view.test('中文') && !view.test('Chinese'))
						await expect(firstParagraph(page).getByTestId('paragraph-english')).toBeVisible();
					const result = await new AxeBuilder({ page }).analyze();
					for (const violation of result.violations)
						found.push(
							`${colorScheme} ${prefix || '/'} ${view.source}: ${violation.id} (${violation.nodes.length})`
						);
				}
			}
		}
		expect(found).toEqual([]);
	});
}
