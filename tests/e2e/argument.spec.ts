import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { answerByKeyboard, currentQuestion } from './review-helpers';

// The argument map as the content file states it: what the page must show is counted from here, not from the page.
type MapClaim = {
	id: string;
	statement: { zh: string; en: string };
	evidence: { quote: string; en: string }[];
};
const map = parse(readFileSync('questions/sco-central-asia/argument.yaml', 'utf8')) as {
	thesis: string;
	claims: MapClaim[];
};
const claimWith = (id: string) => map.claims.find((claim) => claim.id === id)!;

type CatalogQuestion = { id: string; deckId: string; claimId: string; prompt: { zh: string; en: string } };
async function catalogQuestions(page: Page): Promise<CatalogQuestion[]> {
	const catalog = (await (await page.request.get('/content.json')).json()) as {
		decks: { questions: CatalogQuestion[] }[];
	};
	return catalog.decks.flatMap((deck) => deck.questions);
}

const claimCard = (page: Page, id: string) => page.locator(`[data-testid="claim"][id="${id}"]`);

// Each test reads a long page, some with axe: give them room on a machine running the whole suite.
test.describe.configure({ timeout: 90_000 });

test.describe('the argument page', () => {
	for (const language of ['zh', 'en'] as const) {
		test(`shows every claim of the map with its evidence and its questions (${language})`, async ({
			page
		}) => {
			const questions = await catalogQuestions(page);
			await page.goto(language === 'en' ? '/en/argument/' : '/argument/');
			await expect(page.getByTestId('claim')).toHaveCount(map.claims.length);
			// Read every card once, then compare: one round trip instead of hundreds keeps this quick on a busy machine.
			const cards = await page.getByTestId('claim').evaluateAll((elements) =>
				elements.map((card) => ({
					id: card.id,
					statement: card.querySelector('h3')?.textContent?.trim(),
					evidence: [...card.querySelectorAll('[data-testid="evidence"] > li')].map((item) =>
						(item.textContent ?? '').replace(/\s+/g, ' ')
					),
					questions: [...card.querySelectorAll('[data-testid="claim-questions"] a')].map((link) =>
						link.textContent?.trim()
					)
				}))
			);
			expect(cards.map((card) => card.id).sort()).toEqual(map.claims.map((claim) => claim.id).sort());
			const other = language === 'en' ? 'zh' : 'en';
			const pageText = (await page.getByRole('main').textContent()) ?? '';
			for (const claim of map.claims) {
				const card = cards.find((entry) => entry.id === claim.id)!;
				expect(card.statement, claim.id).toBe(claim.statement[language]);
				// The other language's statement is not on the page.
				expect(pageText, claim.id).not.toContain(claim.statement[other]);
				expect(card.evidence, claim.id).toHaveLength(claim.evidence.length);
				claim.evidence.forEach((item, index) => {
					expect(card.evidence[index], claim.id).toContain(item.quote);
					if (language === 'en') expect(card.evidence[index], claim.id).toContain(item.en);
				});
				const mine = questions.filter((question) => question.claimId === claim.id);
				expect(card.questions, claim.id).toEqual(mine.map((question) => question.prompt[language]));
			}
			// The thesis comes first, under its own heading.
			await expect(page.getByTestId('claim').first()).toHaveAttribute('id', map.thesis);
		});
	}

	test('a question page leads to the claim it serves, and the claim back to its questions', async ({
		page
	}) => {
		const questions = await catalogQuestions(page);
		// A question from the middle of the set, so its claim is far down the page.
		const question = questions[Math.floor(questions.length / 2)]!;
		await page.goto(`/en/questions/${question.id}/`);
		await page
			.getByRole('complementary', { name: 'The claim this question practises' })
			.getByRole('link')
			.click();
		await expect(page).toHaveURL(new RegExp(`/en/argument/#${question.claimId}$`));
		const card = claimCard(page, question.claimId);
		await expect(card).toBeInViewport();
		await expect(card.getByRole('heading', { level: 3 })).toHaveText(
			claimWith(question.claimId).statement.en
		);
		await card.getByText(/^Questions \(\d+\)$/).click();
		await card.getByRole('link', { name: question.prompt.en, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/en/questions/${question.id}/$`));
	});

	test('the reader and a paragraph page lead to the argument, and a claim to its highlighted evidence', async ({
		page
	}) => {
		await page.goto('/article/');
		await page.getByRole('link', { name: '看文章的論證，一個論點一個論點' }).click();
		await expect(page).toHaveURL(/\/argument\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('文章的論證');

		// A paragraph page lists the claims its sentences support; each link lands on its claim.
		const claim = map.claims.find((entry) => entry.id !== map.thesis)!;
		await page.goto('/argument/');
		const paragraphLink = claimCard(page, claim.id)
			.getByRole('link', { name: /^第 \d+ 段$/ })
			.first();
		const paragraphNumber = (await paragraphLink.textContent())!.match(/\d+/)![0];
		await page.goto(`/article/p${paragraphNumber}/`);
		const claimsHere = page.getByRole('region', { name: '這一段支持的論點' });
		await claimsHere.getByRole('link', { name: claim.statement.zh }).click();
		await expect(page).toHaveURL(new RegExp(`/argument/#${claim.id}$`));
		await expect(claimCard(page, claim.id)).toBeInViewport();

		// From the claim to its evidence in the reader, highlighted, and back.
		await claimCard(page, claim.id).getByRole('link', { name: '在原文中查看' }).click();
		await expect(page).toHaveURL(new RegExp(`/article/#claim-${claim.id}$`));
		await expect(page.getByRole('status')).toContainText('已標出這個論點在原文中的根據');
		const highlighted = (await page.getByTestId('source-highlight').allTextContents()).join('');
		for (const item of claim.evidence) expect(highlighted).toContain(item.quote);
		await expect(page.getByTestId('source-highlight').first()).toBeInViewport();
		await page.getByRole('status').getByRole('link', { name: '回到論點' }).click();
		await expect(page).toHaveURL(new RegExp(`/argument/#${claim.id}$`));
		await expect(claimCard(page, claim.id)).toBeInViewport();
	});

	test('the memory map shades a claim by how well its questions are remembered', async ({ page }) => {
		const questions = await catalogQuestions(page);
		await page.goto('/review/all/');
		const rated = (await currentQuestion(page))!;
		await answerByKeyboard(page);
		await page.keyboard.press('3');
		await expect.poll(() => currentQuestion(page)).not.toBe(rated);
		const claimId = questions.find((question) => question.id === rated)!.claimId;
		const ofClaim = questions.filter((question) => question.claimId === claimId).length;

		await page.goto('/en/argument/');
		await expect(page.getByTestId('claim-memory')).toHaveCount(0);
		await page.getByRole('button', { name: 'Memory map' }).click();
		await expect(page.getByTestId('memory-legend')).toBeVisible();
		await expect(claimCard(page, claimId).getByTestId('claim-memory')).toContainText(
			`1 of ${ofClaim} studied`
		);
		await expect(page.getByTestId('claim-memory')).toHaveCount(map.claims.length);
	});

	for (const language of ['zh', 'en'] as const) {
		test(`has no accessibility violations, questions open and the memory map on (${language})`, async ({
			page
		}) => {
			// axe checks every node of a long page (colour contrast above all): slow on a loaded machine.
			test.setTimeout(180_000);
			await page.goto(language === 'en' ? '/en/argument/' : '/argument/');
			await page.waitForLoadState('networkidle');
			for (const summary of await page.getByTestId('claim-questions-toggle').all()) await summary.click();
			const violations = async () =>
				(await new AxeBuilder({ page }).analyze()).violations.map(
					(violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`
				);
			expect(await violations()).toEqual([]);
			await page.getByRole('button', { name: language === 'en' ? 'Memory map' : '記憶地圖' }).click();
			await expect(page.getByTestId('memory-legend')).toBeVisible();
			expect(await violations()).toEqual([]);
		});
	}
});
