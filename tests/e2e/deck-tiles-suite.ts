// The home page's deck tiles, defined once and run by the desktop (deck-tiles.spec.ts) and the phone
// (deck-tiles-phone.spec.ts) projects: each tile is one link named by its deck's title, its progress bar counts the
// deck's questions as new, learning and mastered from the learner's cards (and keeps its place while they load),
// and a click or tap anywhere on it opens the deck's study.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { masteredStabilityDays } from '../../src/lib/domain/stats/deck-progress';
import { catalog } from './study-card-helpers';
import { answerByClicking, currentQuestion } from './review-helpers';
import { layoutShiftsInMain, recordLayoutShifts } from './layout-shift';

type Deck = (typeof catalog.decks)[number] & {
	title: { zh: string; en: string };
	description: { zh: string };
};
const deck = catalog.decks.find((candidate) => candidate.id === 'sco-background') as Deck;

const tileOf = (page: Page) => page.locator(`[data-testid="deck-card"][data-deck="${deck.id}"]`);
const progressBar = (page: Page) => tileOf(page).getByRole('img', { name: /^學習進度：/ });
const summary = (counts: { new: number; learning: number; mastered: number }) =>
	`學習進度：未學 ${counts.new} 題、學習中 ${counts.learning} 題、已熟練 ${counts.mastered} 題，共 ${deck.questions.length} 題`;

/** A click (laptop) or tap (phone) at the middle of a part of the tile that is not itself a link. */
async function pressOn(page: Page, part: Locator) {
	const box = (await part.boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	if (test.info().project.name === 'phone') await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

/** Writes a card straight into the learner's store: in review, exactly at the mastered threshold. */
async function storeMasteredCard(page: Page, questionId: string) {
	await page.evaluate(
		({ questionId, deckId, stability }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('sco-study');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const transaction = open.result.transaction('cards', 'readwrite');
					const now = Date.now();
					transaction.objectStore('cards').put({
						questionId,
						deckId,
						phase: 'review',
						dueAtMs: now + stability * 86_400_000,
						stability,
						difficulty: 5,
						scheduledDays: stability,
						learningSteps: 0,
						reps: 4,
						lapses: 0,
						lastReviewAtMs: now,
						leech: false,
						suspended: false,
						buriedUntilMs: 0
					});
					transaction.oncomplete = () => {
						open.result.close();
						resolve();
					};
					transaction.onerror = () => reject(transaction.error);
				};
			}),
		{ questionId, deckId: deck.id, stability: masteredStabilityDays }
	);
}

export function defineDeckTilesSuite() {
	test('a deck tile paints without shifting, counts its progress after ratings, and opens its study', async ({
		page
	}) => {
		await recordLayoutShifts(page);
		await page.goto('/');
		const tile = tileOf(page);
		// One link in the tile's title, named by the deck's title; the other link goes to the deck's questions.
		await expect(tile.getByRole('link')).toHaveCount(2);
		await expect(tile.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAccessibleName(
			deck.title.zh
		);
		await expect(progressBar(page)).toHaveAccessibleName(
			summary({ new: deck.questions.length, learning: 0, mastered: 0 })
		);
		await expect(progressBar(page)).toHaveAccessibleDescription(/已熟練.*21 天以上/);
		// The counts arrive after the tiles painted: their space was kept.
		expect(await layoutShiftsInMain(page)).toEqual([]);

		// Anywhere on the tile (here its description) opens the deck's study.
		await pressOn(page, tile.getByText(deck.description.zh));
		await expect(page).toHaveURL(new RegExp(`/review/${deck.id}/$`));
		// Two cards rated: Again keeps the first in learning, Good moves the second to its learning steps.
		const rated: string[] = [];
		for (const key of ['again', 'good']) {
			rated.push((await currentQuestion(page))!);
			await answerByClicking(page);
			await page.getByTestId(`rating-${key}`).click();
			await expect.poll(() => currentQuestion(page)).not.toBe(rated.at(-1));
		}
		const untouched = deck.questions.find((question) => !rated.includes(question.id))!;
		await storeMasteredCard(page, untouched.id);

		await page.goto('/');
		const expected = summary({ new: deck.questions.length - 3, learning: 2, mastered: 1 });
		await expect(progressBar(page)).toHaveAccessibleName(expected);
		await page.reload();
		await expect(progressBar(page)).toHaveAccessibleName(expected);

		// Its bar is part of the tile too: pressing it studies the deck.
		await pressOn(page, progressBar(page));
		await expect(page).toHaveURL(new RegExp(`/review/${deck.id}/$`));
	});

	test('in English, the tile is reached by keyboard with a visible ring and opens by Enter', async ({
		page
	}) => {
		await page.goto('/en/');
		const link = tileOf(page).getByRole('link', { name: deck.title.en, exact: true });
		await expect(
			tileOf(page).getByRole('img', { name: /^Progress: \d+ new, 0 learning, 0 mastered of/ })
		).toHaveAccessibleName(
			`Progress: ${deck.questions.length} new, 0 learning, 0 mastered of ${deck.questions.length}`
		);
		await link.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(link).toBeFocused();
		// The ring is drawn around the whole card (the link's stretched box).
		expect(await link.evaluate((element) => getComputedStyle(element, '::after').outlineStyle)).toBe('solid');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/en/review/${deck.id}/$`));
	});
}
