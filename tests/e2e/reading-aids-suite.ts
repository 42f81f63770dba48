// The reading aids' pages (names and terms; dates and places), run on a laptop (reading-aids.spec.ts) and a phone
// (reading-aids-phone.spec.ts): each lists what the content files hold, and each link opens the reader at the right
// sentence, highlighted.
import { expect, test, type Page } from '@playwright/test';
import { firstSentenceNaming, glossary } from './reading-aids-content';

/** The reader's highlighted passage: in the expected paragraph, with the expected text. */
async function expectPassage(page: Page, paragraphId: string, text: string) {
	await expect(page.getByTestId('passage-banner')).toBeVisible();
	const paragraph = page.locator(`[data-testid="paragraph"][id="${paragraphId}"]`);
	// Question anchors cut the passage into several marks: together they hold exactly the passage.
	const marks = paragraph.getByTestId('paragraph-text').getByTestId('source-highlight');
	await expect(marks.first()).toBeVisible();
	await expect.poll(async () => (await marks.allTextContents()).join('')).toBe(text);
	await expect(marks.first()).toBeInViewport();
}

// An entry with variants in every script and language, so each kind of form is checked.
const entry = glossary.find(
	(candidate) =>
		candidate.zhVariants.length > 0 && candidate.hans.length > 0 && candidate.enVariants.length > 0
)!;

export function readingAidsSuite() {
	for (const language of ['zh', 'en'] as const) {
		test(`the names page lists an entry in all its forms, and its sentence link opens the reader there (${language})`, async ({
			page
		}) => {
			await page.goto(language === 'en' ? '/en/names/' : '/names/');
			const card = page.getByRole('article', { name: new RegExp(entry.zh) });
			await expect(card).toBeVisible();
			await expect(card.getByTestId('form-traditional')).toHaveText([entry.zh, ...entry.zhVariants]);
			await expect(card.getByTestId('form-simplified')).toHaveText(entry.hans);
			await expect(card.getByTestId('form-english')).toHaveText([entry.en, ...entry.enVariants]);
			// Every Traditional form has its pinyin.
			await expect(card.getByTestId('reading')).toHaveCount(1 + entry.zhVariants.length);

			const expected = firstSentenceNaming(entry.id);
			await card.getByTestId('sentence-link').first().click();
			await expect(page).toHaveURL(/\/article\/#at-/);
			await expectPassage(page, expected.paragraphId, expected.text);
		});
	}

	test('the names page finds an entry by a Simplified or English form', async ({ page }) => {
		await page.goto('/en/names/');
		const search = page.getByRole('searchbox');
		const query = entry.hans.at(-1)!;
		await search.fill(query);
		await expect(page.getByRole('article', { name: new RegExp(entry.zh) })).toBeVisible();
		// An entry none of whose forms holds the query is hidden.
		const other = glossary.find(
			(candidate) =>
				candidate.kind === entry.kind &&
				![candidate.zh, ...candidate.zhVariants, ...candidate.hans].some((form) => form.includes(query))
		)!;
		await expect(page.getByRole('article', { name: new RegExp(other.zh) })).toHaveCount(0);
		await search.fill(entry.enVariants[0]!.toUpperCase());
		await expect(page.getByRole('article', { name: new RegExp(entry.zh) })).toBeVisible();
	});
}
