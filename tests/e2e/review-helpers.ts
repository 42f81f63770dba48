import { expect, type Page } from '@playwright/test';

/** The counts the session shows: new, learning, due. */
export async function sessionCounts(page: Page) {
	const counts = page.getByTestId('session-counts');
	await expect(counts).toBeVisible();
	const read = async (name: string) => Number(await counts.getByTestId(`count-${name}`).textContent());
	return { new: await read('new'), learning: await read('learning'), review: await read('review') };
}

/** The question id of the card on screen. */
export const currentQuestion = (page: Page) => page.getByTestId('review-card').getAttribute('data-question');

/** Answers whatever the card asks using only the keyboard, then waits for the ratings. */
export async function answerByKeyboard(page: Page) {
	const card = page.getByTestId('review-card');
	await expect(card).toBeVisible();
	const input = card.locator('input:not([disabled]), select').first();
	const kind = await inputKind(page);
	if (kind === 'radio' || kind === 'checkbox') {
		await expect(input).toBeFocused();
		await page.keyboard.press('Space');
		await page.keyboard.press('Enter');
	} else if (kind === 'text') {
		await expect(input).toBeFocused();
		await page.keyboard.type('不知道');
		await page.keyboard.press('Enter');
	} else if (kind === 'select') {
		const selects = card.locator('select');
		const count = await selects.count();
		for (let index = 0; index < count; index++) {
			await selects.nth(index).focus();
			await page.keyboard.press('ArrowDown');
		}
		await card.getByRole('button', { name: /提交答案|Check answer/ }).focus();
		await page.keyboard.press('Enter');
	} else {
		// Flashcards and ordering: focus is on the reveal/check button.
		await page.keyboard.press('Space');
	}
	await expect(card.getByTestId('rating-again')).toBeVisible();
}

/** Answers the card with mouse clicks only. */
export async function answerByClicking(page: Page) {
	const card = page.getByTestId('review-card');
	const kind = await inputKind(page);
	if (kind === 'radio' || kind === 'checkbox') await card.locator('label:has(input)').first().click();
	else if (kind === 'text') await card.locator('input').fill('不知道');
	else if (kind === 'select') {
		const selects = card.locator('select');
		for (let index = 0; index < (await selects.count()); index++)
			await selects.nth(index).selectOption({ index: 1 });
	}
	await card.getByRole('button', { name: /顯示答案|提交答案|Show answer|Check answer/ }).click();
	await expect(card.getByTestId('rating-again')).toBeVisible();
}

async function inputKind(page: Page): Promise<'radio' | 'checkbox' | 'text' | 'select' | 'none'> {
	const card = page.getByTestId('review-card');
	if ((await card.locator('select').count()) > 0) return 'select';
	const input = card.locator('input:not([disabled])').first();
	if ((await input.count()) === 0) return 'none';
	const type = await input.getAttribute('type');
	return type === 'radio' || type === 'checkbox' ? type : 'text';
}
