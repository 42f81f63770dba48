import { expect, test, type Page } from '@playwright/test';
import { builtIndex, quizToken } from './quiz-link';

/** Each group of the code on screen: the lines it takes, and whether it stays inside the page. */
async function groupLayout(page: Page) {
	return page.getByTestId('code-group').evaluateAll((groups) =>
		groups.map((group) => ({
			text: group.textContent ?? '',
			lines: new Set(Array.from(group.getClientRects(), (rect) => Math.round(rect.top))).size,
			inside: group.getBoundingClientRect().right <= document.documentElement.clientWidth
		}))
	);
}

test('a long result code wraps between groups only, never inside one, on a phone and at 320 px', async ({
	page
}) => {
	const questions = builtIndex.decks.flatMap((deck) => deck.questions);
	const picked = questions.filter((question) => question.kind === 'single-choice').slice(0, 3);
	const token = quizToken(
		picked.map((question) => question.id),
		{ seed: 'phone123', handIn: { afterHandIn: 'score', retake: false } }
	);
	await page.goto(`/class/join/#q=${token}`);
	// A long name of characters outside the common ones makes the code as long as codes get.
	await page.getByLabel('你的名字（可不填）').fill('歐陽·Ōmura-Beaumont 小明');
	await page.getByRole('button', { name: '開始作答' }).click();
	for (let position = 1; position <= picked.length; position++) {
		await expect(page.getByTestId('quiz-progress')).toHaveText(`第 ${position} 題，共 ${picked.length} 題`);
		await page.getByTestId('quiz-card').getByRole('radio').first().click();
		await page.getByTestId('quiz-card').getByRole('button', { name: '送出答案' }).click();
	}
	const code = page.getByTestId('result-code');
	await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
	const text = (await code.textContent())!.trim();

	for (const width of [page.viewportSize()!.width, 320]) {
		await page.setViewportSize({ width, height: 800 });
		const groups = await groupLayout(page);
		// The groups are the code, each with its dash.
		expect(groups.map((group) => group.text).join('')).toBe(text);
		// The code takes several lines here, so a break inside a group would show.
		const codeLines = await code.evaluate((element) => element.getClientRects()[0]!.height);
		const oneLine = await page
			.getByTestId('code-group')
			.first()
			.evaluate((element) => element.getClientRects()[0]!.height);
		expect(codeLines / oneLine, `at ${width} px`).toBeGreaterThan(1.5);
		for (const group of groups) {
			expect(group.lines, `${group.text} at ${width} px`).toBe(1);
			expect(group.inside, `${group.text} at ${width} px`).toBe(true);
		}
	}
});
