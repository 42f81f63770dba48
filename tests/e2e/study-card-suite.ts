// The study card on stage, defined once and run by the desktop (study-card.spec.ts) and the phone
// (study-card-phone.spec.ts) projects: after an answer the verdict, the right answer and the ratings share the
// screen; the source opens in place and leaves the session as it was; arriving in the reader at a sentence shows
// it below the header; letters choose lettered options.
import { expect, test, type Page } from '@playwright/test';
import {
	answerByClicking,
	byId,
	catalog,
	expectInView,
	largestOfEachKind,
	questions,
	quizToken,
	reviewFirst
} from './study-card-helpers';
import { sessionCounts } from './review-helpers';

const card = (page: Page) => page.getByTestId('review-card');
const paragraphNumber = new Map(
	catalog.article.paragraphs.map((paragraph) => [paragraph.id, paragraph.number])
);

export function defineStudyCardSuite() {
	test('after answering each kind, the verdict, the right answer and the ratings are all in view', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const ids = largestOfEachKind.map((question) => question.id);
		await reviewFirst(page, ids);
		for (const id of ids) {
			await expect(card(page)).toHaveAttribute('data-question', id);
			await answerByClicking(card(page));
			await expect(page.getByTestId('rating-good')).toBeEnabled();
			const kind = byId.get(id)!.kind;
			const shown = [card(page).getByTestId('correct-answer')];
			// A flashcard has no verdict: the learner compares the back and rates.
			if (kind !== 'flashcard') shown.unshift(card(page).getByTestId('verdict'));
			await expectInView(page, [
				...shown,
				...['again', 'hard', 'good', 'easy'].map((rating) => page.getByTestId(`rating-${rating}`))
			]);
			await page.getByTestId('rating-good').click();
			await expect(card(page)).not.toHaveAttribute('data-question', id);
		}
	});

	test('in a practice quiz too, the verdict, the right answer and the way on are in view after each answer', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const ids = largestOfEachKind.map((question) => question.id);
		await page.goto(`/quiz/take/#q=${quizToken(ids, 'practice')}`);
		const quizCard = page.getByTestId('quiz-card');
		for (const [index, id] of ids.entries()) {
			await expect(quizCard).toHaveAttribute('data-question', id);
			await answerByClicking(quizCard);
			if (byId.get(id)!.kind === 'flashcard') await quizCard.getByRole('button', { name: '我記得' }).click();
			const next = quizCard.getByRole('button', { name: index === ids.length - 1 ? '看成績' : '下一題' });
			await expect(next).toBeVisible();
			const shown = [quizCard.getByTestId('correct-answer')];
			if (byId.get(id)!.kind !== 'flashcard') shown.unshift(quizCard.getByTestId('verdict'));
			await expectInView(page, [...shown, next]);
			await next.click();
		}
		await expect(page.getByTestId('quiz-results')).toBeVisible();
	});

	test('the source opens beside the card and closes without changing the session', async ({ page }) => {
		const [first, second] = questions.filter((question) => question.kind === 'single-choice');
		await reviewFirst(page, [first!.id, second!.id]);

		// Before answering: from the card's toolbar.
		const sourceButton = card(page).getByRole('button', { name: '出處', exact: true });
		await sourceButton.click();
		const panel = page.getByRole('dialog', { name: '出處' });
		await expect(panel.getByTestId('source-highlight').first()).toBeVisible();
		await expect(panel).toContainText(first!.sources[0].quote);
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(sourceButton).toBeFocused();
		await expect(card(page).getByRole('button', { name: '提交答案' })).toBeVisible();

		// After answering: from the "why" section; the card stays answered, the counts stay the same.
		await answerByClicking(card(page));
		// The verdict's text is written just after its status element appears: read it once it is there.
		await expect(card(page).getByTestId('verdict')).toHaveText(/\S/);
		const verdict = await card(page).getByTestId('verdict').textContent();
		const counts = await sessionCounts(page);
		const url = page.url();
		await card(page).getByText('為什麼？').click();
		const inWhy = card(page)
			.getByTestId('why')
			.getByRole('button', { name: /看原文段落/ });
		await inWhy.click();
		await expect(panel.getByTestId('source-highlight').first()).toBeVisible();
		await panel.getByRole('button', { name: '關閉' }).click();
		await expect(panel).toBeHidden();
		await expect(inWhy).toBeFocused();
		expect(page.url()).toBe(url);
		await expect(card(page)).toHaveAttribute('data-question', first!.id);
		await expect(card(page).getByTestId('verdict')).toHaveText(verdict!);
		await expect(page.getByTestId('rating-good')).toBeEnabled();
		expect(await sessionCounts(page)).toEqual(counts);

		// Keys pressed in the panel are the panel's: a digit there rates nothing.
		await sourceButton.click();
		await expect(panel).toBeVisible();
		await page.keyboard.press('3');
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(card(page)).toHaveAttribute('data-question', first!.id);
		expect(await sessionCounts(page)).toEqual(counts);
	});

	test('letter keys choose the lettered options, and the keyboard help says so', async ({ page }) => {
		const question = questions.find((each) => each.kind === 'single-choice')!;
		await reviewFirst(page, [question.id]);
		const radios = card(page).getByRole('radio');
		await expect(radios.first()).toBeFocused();
		await page.keyboard.press('b');
		await expect(radios.nth(1)).toBeChecked();
		await expect(radios.nth(1)).toBeFocused();
		// From anywhere on the card, not only from an option.
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('C');
		await expect(radios.nth(2)).toBeChecked();
		await page.keyboard.press('Enter');
		await expect(card(page).getByTestId('verdict')).not.toBeEmpty();
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: '鍵盤快捷鍵' })).toContainText('A B C D');
	});

	test('arriving in the reader at a sentence shows it whole below the sticky header and banner', async ({
		page
	}) => {
		// The first quoted sentence, one in the middle and the last: the page's top, middle and end.
		const quoted = questions.filter((question) => question.sources.length > 0);
		const byPlace = [...quoted].sort(
			(a, b) =>
				Number(a.sources[0].location.paragraphId.slice(1)) -
				Number(b.sources[0].location.paragraphId.slice(1))
		);
		for (const question of [byPlace[0]!, byPlace[Math.floor(byPlace.length / 2)]!, byPlace.at(-1)!]) {
			await page.goto(`/article/#q-${question.id}`);
			const banner = page.getByRole('status').filter({ hasText: '已標出這一題引用的句子' });
			await expect(banner).toBeVisible();
			// The sentence the question quotes first, in its own paragraph (a question may quote others too).
			const number = paragraphNumber.get(question.sources[0].location.paragraphId);
			const mark = page
				.getByRole('region', { name: `第 ${number} 段`, exact: true })
				.getByTestId('source-highlight')
				.first();
			await expect(mark).toBeVisible();
			await expect
				.poll(async () => {
					const [markBox, bannerBox] = [await mark.boundingBox(), await banner.boundingBox()];
					return markBox!.y >= bannerBox!.y + bannerBox!.height;
				})
				.toBe(true);
			await expectInView(page, [mark]);
		}
	});
}
