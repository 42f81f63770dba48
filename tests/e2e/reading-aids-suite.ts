// Zhuyin or pinyin above the reader's characters and word look-up, run on a laptop (reading-aids.spec.ts) and a
// phone (reading-aids-phone.spec.ts): the choice survives a reload, a checked polyphone reads right, a tapped word
// shows its gloss and the questions that use it, and axe finds nothing with ruby on or the popover open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog } from './study-card-helpers';

type Paragraph = { id: string; number: number; text: string };
const paragraphsOfArticle = (catalog.article as unknown as { paragraphs: Paragraph[] }).paragraphs;

// 長 in 增長 reads zhǎng (to grow), not cháng (long): checked by hand (questions/readings.yaml).
const polyphone = '增長';
const polyphoneIndex = paragraphsOfArticle.findIndex((paragraph) => paragraph.text.includes(polyphone));

const paragraphText = (page: Page, index: number) =>
	page.getByTestId('paragraph').nth(index).getByTestId('paragraph-text');

async function axeClean(page: Page) {
	const results = await new AxeBuilder({ page }).include('main').analyze();
	expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

export function readingAidsSuite() {
	test('注音 shows ruby with the checked reading of a polyphone, pinyin too, and the choice survives a reload', async ({
		page
	}) => {
		// axe reads every node of the article, thousands more with ruby: slow on a loaded machine.
		test.setTimeout(300_000);
		let fetched = 0;
		page.on('request', (request) => {
			if (request.url().includes('/content/readings.json')) fetched++;
		});
		await page.goto('/article/');
		await expect(page.getByRole('radio', { name: '不顯示' })).toBeChecked();
		await expect(paragraphText(page, polyphoneIndex)).toContainText(polyphone);
		// Off by default: nothing fetched, no ruby.
		expect(fetched).toBe(0);

		await page.getByRole('radio', { name: '注音' }).check();
		await expect(paragraphText(page, polyphoneIndex)).toContainText('增ㄗㄥ長ㄓㄤˇ');
		await axeClean(page);

		await page.reload();
		await expect(page.getByRole('radio', { name: '注音' })).toBeChecked();
		await expect(paragraphText(page, polyphoneIndex)).toContainText('增ㄗㄥ長ㄓㄤˇ');

		await page.getByRole('radio', { name: '拼音' }).check();
		await expect(paragraphText(page, polyphoneIndex)).toContainText('增zēng長zhǎng');
		await page.getByRole('radio', { name: '不顯示' }).check();
		await expect(paragraphText(page, polyphoneIndex)).toContainText(polyphone);
	});
}
