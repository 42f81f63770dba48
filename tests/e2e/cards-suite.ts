// The card browser and cleaning up, defined once and run by the desktop (cards.spec.ts) and the phone
// (cards-phone.spec.ts) projects: find a card by a Simplified query and unsuspend it back into the queue, act on
// several cards and undo, discard an unfinished quiz, delete a history entry, reset all progress after a backup.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import OpenCC from 'opencc-js/t2cn';
import { answerByKeyboard, currentQuestion } from './review-helpers';
import { byId, catalog, questions, quizToken } from './study-card-helpers';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const item = (page: Page, questionId: string) =>
	page.locator(`[data-testid="card-item"][data-question="${questionId}"]`);

/** A few characters of the prompt that read differently in Simplified: the query a mainland reader would type. */
function simplifiedQueryFor(prompt: string): string {
	const characters = Array.from(prompt);
	for (let start = 0; start + 3 <= characters.length; start++) {
		const window = characters.slice(start, start + 3).join('');
		if (/^\p{Script=Han}+$/u.test(window) && toSimplified(window) !== window) return toSimplified(window);
	}
	throw new Error(`No Simplified query in "${prompt}"`);
}

/** How many tables of the app's database hold rows, read from the page (IndexedDB). */
function countRows(page: Page): Promise<Record<string, number>> {
	return page.evaluate(async (): Promise<Record<string, number>> =>
		// Not yet created, none (opening it here would create an empty database under the app's feet).
		!(await indexedDB.databases()).some((database) => database.name === 'sco-study')
			? {}
			: new Promise<Record<string, number>>((resolve, reject) => {
					const request = indexedDB.open('sco-study');
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const database = request.result;
						const names = [...database.objectStoreNames];
						const transaction = database.transaction(names, 'readonly');
						const counts: Record<string, number> = {};
						for (const name of names) {
							const counting = transaction.objectStore(name).count();
							counting.onsuccess = () => (counts[name] = counting.result);
						}
						transaction.oncomplete = () => {
							database.close();
							resolve(counts);
						};
					};
				})
	);
}

async function rateFirstCard(page: Page) {
	await page.goto('/review/all/');
	const first = await currentQuestion(page);
	await answerByKeyboard(page);
	await page.keyboard.press('3');
	await expect.poll(() => currentQuestion(page)).not.toBe(first);
	return first!;
}

export function defineCardsSuite() {
	test('the card browser finds a card by a Simplified query, unsuspends it, and it returns to the review queue', async ({
		page
	}) => {
		// The first card of the queue, suspended from the reviewer: the queue then starts elsewhere.
		await page.goto('/review/all/');
		const suspendedId = (await currentQuestion(page))!;
		const card = page.getByTestId('review-card');
		await page.getByText('卡片操作').click();
		await card.getByRole('button', { name: '暫停這張卡' }).click();
		await expect.poll(() => currentQuestion(page)).not.toBe(suspendedId);

		await page.goto('/cards/');
		await expect(page.getByTestId('card-list')).toBeVisible();
		const query = simplifiedQueryFor(byId.get(suspendedId)!.prompt.zh);
		expect(byId.get(suspendedId)!.prompt.zh).not.toContain(query);
		await page.getByLabel('搜尋題目和原文').fill(query);
		await expect(item(page, suspendedId)).toBeVisible();
		await expect(item(page, suspendedId).getByTestId('card-state')).toContainText(['已暫停']);
		await page.getByLabel('狀態').selectOption({ label: '已暫停' });
		await expect(page.getByTestId('card-item')).toHaveCount(1);

		// Unsuspend, undo, and unsuspend again: the undo puts it back as it was.
		await item(page, suspendedId).getByRole('button', { name: '恢復' }).click();
		const status = page.getByTestId('card-browser-status');
		await expect(status).toContainText('已恢復 1 張卡');
		await expect(page.getByTestId('no-cards-match')).toBeVisible();
		await status.getByRole('button', { name: '復原' }).click();
		await expect(status).toContainText('已復原');
		await expect(item(page, suspendedId)).toBeVisible();
		await item(page, suspendedId).getByRole('button', { name: '恢復' }).click();
		await expect(status).toContainText('已恢復 1 張卡');

		await page.goto('/review/all/');
		await expect(page.getByTestId('review-card')).toHaveAttribute('data-question', suspendedId);
	});

	test('several cards flagged at once, found by the flagged filter, and the flags undone; English at /en/', async ({
		page
	}) => {
		const deck = catalog.decks[1]! as (typeof catalog.decks)[number] & { title: { en: string } };
		await page.goto('/en/cards/');
		await expect(page.getByTestId('card-list')).toBeVisible();
		await expect(page.getByTestId('nothing-studied')).toBeVisible();
		await page.getByLabel('Deck').selectOption({ label: deck.title.en });
		await expect(page.getByTestId('card-item')).toHaveCount(deck.questions.length);
		await page.getByLabel('Select all cards shown').check();
		const bulk = page.getByTestId('bulk-actions');
		await expect(bulk).toContainText(`${deck.questions.length} cards selected`);
		await bulk.getByRole('button', { name: 'Flag', exact: true }).click();
		const status = page.getByTestId('card-browser-status');
		await expect(status).toContainText(`${deck.questions.length} cards flagged`);

		await page.getByLabel('Deck').selectOption({ label: 'All decks' });
		await page.getByLabel('State').selectOption({ label: 'Flagged' });
		await expect(page.getByTestId('card-item')).toHaveCount(deck.questions.length);
		await status.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByTestId('no-cards-match')).toContainText('No cards match.');
		await page.getByRole('button', { name: 'Clear the filters' }).click();
		await expect(page.getByTestId('cards-shown')).toHaveText(
			`Showing ${questions.length} of ${questions.length} cards`
		);
		await expect(page.getByLabel('Search the questions and the article')).toBeFocused();
	});

	test('an unfinished quiz is discarded (and brought back by undo), a history entry deleted', async ({
		page
	}) => {
		const token = quizToken(
			questions.slice(0, 2).map((question) => question.id),
			'test',
			'clean123'
		);
		await page.goto(`/quiz/take/#q=${token}`);
		await expect(page.getByTestId('quiz-card')).toBeVisible();
		// The quiz paints before its database is in; the attempt is stored once it is (the test's state, not the
		// learner's: leaving sooner only leaves no unfinished quiz to list).
		await expect.poll(async () => (await countRows(page)).quizAttempts ?? 0).toBe(1);

		await page.goto('/quiz/');
		const unfinished = page.getByTestId('unfinished-quizzes');
		await expect(unfinished.getByRole('listitem')).toHaveCount(1);
		await unfinished.getByRole('button', { name: '捨棄' }).click();
		await expect(unfinished.getByRole('status')).toContainText('已捨棄');
		await expect(unfinished.getByRole('listitem')).toHaveCount(0);
		await unfinished.getByRole('button', { name: '復原' }).click();
		await expect(unfinished.getByRole('listitem')).toHaveCount(1);

		// Handed in at once: a finished attempt in the history.
		await page.goto(`/quiz/take/#q=${token}`);
		page.on('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: '現在交卷' }).click();
		await page.goto('/quiz/history/');
		const attempts = page.getByTestId('quiz-attempts').getByRole('listitem');
		await expect(attempts).toHaveCount(1);
		await attempts.getByRole('button', { name: '刪除這筆紀錄' }).click();
		await expect(page.getByTestId('history-status')).toContainText('已刪除這筆測驗紀錄');
		await expect(page.getByText('還沒有完成的測驗。')).toBeVisible();
		await page.reload();
		await expect(page.getByText('還沒有完成的測驗。')).toBeVisible();
	});

	test('reset all progress downloads a backup first and leaves no cards, log or quizzes', async ({
		page
	}) => {
		const studied = await rateFirstCard(page);
		await page.goto(`/quiz/take/#q=${quizToken([studied], 'test', 'reset123')}`);
		await expect(page.getByTestId('quiz-card')).toBeVisible();
		// Stored once the quiz's database is in, after the first question paints.
		await expect.poll(async () => (await countRows(page)).quizAttempts ?? 0).toBe(1);
		await page.goto('/settings/');
		await expect(page.getByLabel('每日新卡上限')).toBeVisible();
		const before = await countRows(page);
		expect(before.cards).toBe(1);
		expect(before.quizAttempts).toBe(1);

		await page.getByRole('button', { name: '重設所有進度…' }).click();
		const word = page.getByLabel('請輸入「重設」確認');
		await expect(word).toBeFocused();
		// A wrong word changes nothing.
		await word.fill('reset');
		await page.getByRole('button', { name: '下載備份並重設' }).click();
		await expect(page.getByTestId('reset-status')).toContainText('輸入的不是「重設」');
		expect(await countRows(page)).toEqual(before);

		await word.fill('重設');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: '下載備份並重設' }).click();
		const download = await downloading;
		const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(backup.tables.cards.map((card: { questionId: string }) => card.questionId)).toEqual([studied]);
		await expect(page.getByTestId('reset-status')).toContainText('所有進度都已重設');
		await expect(page.getByTestId('reset-status')).toContainText(download.suggestedFilename());
		const after = await countRows(page);
		for (const table of ['cards', 'reviews', 'quizAttempts', 'assignments', 'flags'])
			expect(after[table], table).toBe(0);

		await page.goto('/review/all/');
		await expect(page.getByTestId('review-card')).toHaveAttribute('data-question', studied);
	});

	test('at 320 px the card browser, with cards selected and a message, fits the screen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const prefix of ['', '/en']) {
			await page.goto(`${prefix}/cards/`);
			await expect(page.getByTestId('card-list')).toBeVisible();
			// Another card each time, so the flag always changes something (and is offered to undo).
			await page
				.getByTestId('card-item')
				.nth(prefix ? 1 : 0)
				.getByRole('checkbox')
				.check();
			await page
				.getByTestId('bulk-actions')
				.getByRole('button', { name: /^(標記|Flag)$/ })
				.click();
			await expect(page.getByTestId('card-browser-status').getByRole('button')).toBeVisible();
			const { scrollWidth, clientWidth } = await page.evaluate(() => ({
				scrollWidth: document.scrollingElement!.scrollWidth,
				clientWidth: document.scrollingElement!.clientWidth
			}));
			expect(scrollWidth, prefix).toBeLessThanOrEqual(clientWidth);
		}
	});
}
