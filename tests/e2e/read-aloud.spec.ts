import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseArticle } from '../../src/lib/domain/article';
import { splitSentences } from '../../src/lib/domain/speech';
import { layoutShiftsInMain, recordLayoutShifts } from './layout-shift';
import { byId } from './study-card-helpers';

// Read aloud in the reader, against a stand-in for the browser's speech synthesis that records each utterance and
// lets the test say when one ends (the real one needs voices this machine does not have).
const article = parseArticle(
	readFileSync(new URL('../../questions/sco-central-asia/article.txt', import.meta.url), 'utf8')
);
const paragraph = article.paragraphs.find(
	(candidate) => candidate.kind === 'body' && splitSentences(candidate.text).length >= 2
)!;
const sentences = splitSentences(paragraph.text).map((sentence) => sentence.text);

type Spoken = { text: string; lang: string | undefined; rate: number };

async function fakeSpeech(page: Page, voices: { lang: string; name: string }[]) {
	await page.addInitScript((voices) => {
		const spoken: Spoken[] = [];
		let queue: FakeUtterance[] = [];
		class FakeUtterance {
			voice: { lang: string } | null = null;
			lang = '';
			rate = 1;
			onstart: (() => void) | null = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(public text: string) {}
		}
		const start = () => setTimeout(() => queue[0]?.onstart?.(), 0);
		const synthesis = {
			getVoices: () => voices.map((voice) => ({ ...voice, localService: true, voiceURI: voice.name })),
			speak(utterance: FakeUtterance) {
				spoken.push({ text: utterance.text, lang: utterance.voice?.lang, rate: utterance.rate });
				queue.push(utterance);
				if (queue.length === 1) start();
			},
			cancel() {
				queue = [];
			},
			addEventListener() {},
			removeEventListener() {}
		};
		Object.assign(window, {
			SpeechSynthesisUtterance: FakeUtterance,
			spoken,
			/** Ends the utterance being spoken and starts the next. */
			finishUtterance() {
				queue.shift()?.onend?.();
				start();
			}
		});
		Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
	}, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
/** The text marked as being read (the CSS highlight the reader sets). */
const marked = (page: Page) =>
	page.evaluate(() => {
		const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
			'read-aloud'
		);
		return highlight ? [...highlight].map((range) => range.toString()).join('') : null;
	});

test('a paragraph is read sentence by sentence with a Chinese voice, the sentence being read marked', async ({
	page
}) => {
	await fakeSpeech(page, [
		{ lang: 'en-US', name: 'Samantha' },
		{ lang: 'zh-CN', name: 'Tingting' },
		{ lang: 'zh-TW', name: 'Meijia' }
	]);
	await page.goto('/article/');
	const bar = page.getByRole('region', { name: '朗讀' });
	await expect(bar.getByText('使用語音：Meijia（zh-TW）')).toBeVisible();
	await page.getByRole('button', { name: `朗讀第 ${paragraph.number} 段` }).click();

	await expect.poll(() => spoken(page)).toHaveLength(sentences.length);
	const utterances = await spoken(page);
	expect(utterances.map((utterance) => utterance.text)).toEqual(sentences);
	for (const utterance of utterances) expect(utterance.lang).toMatch(/^zh/);
	await expect(bar.getByRole('status')).toHaveText(`正在朗讀第 1／${sentences.length} 句`);
	await expect.poll(() => marked(page)).toBe(sentences[0]);

	await page.evaluate(() => (window as unknown as { finishUtterance(): void }).finishUtterance());
	await expect(bar.getByRole('status')).toHaveText(`正在朗讀第 2／${sentences.length} 句`);
	await expect.poll(() => marked(page)).toBe(sentences[1]);

	await bar.getByRole('button', { name: '停止朗讀' }).click();
	await expect.poll(() => marked(page)).toBeNull();
});

test('the reading speed is remembered across a reload and used for the next reading', async ({ page }) => {
	await fakeSpeech(page, [{ lang: 'zh-TW', name: 'Meijia' }]);
	await page.goto('/article/');
	const speed = page.getByLabel('語速');
	await speed.selectOption({ label: '0.8 倍' });
	await page.reload();
	await expect(page.getByLabel('語速')).toHaveValue('0.8');
	await page.getByRole('button', { name: `朗讀第 ${paragraph.number} 段` }).click();
	await expect.poll(async () => (await spoken(page))[0]?.rate).toBe(0.8);
});

// The reader's switches and read-aloud bar need script; the prerendered page must already hold their place, so the
// article does not move when the page starts or when the voice check ends, whichever way (issue 12: CLS 0 on the
// article). Both failed before: the switches wrapped past the space kept for them (English at 390 px, Chinese at
// 320), and a phone's "no Chinese voice" notice was taller than "checking".
const readerCases = [
	{ path: '/article/', voice: { lang: 'zh-TW', name: 'Mei-Jia' }, outcome: '使用語音：Mei-Jia' },
	{
		path: '/en/article/',
		voice: { lang: 'en-US', name: 'Samantha' },
		outcome: 'This device has no Chinese voice'
	}
];
for (const width of [320, 390, 1280]) {
	for (const reader of readerCases) {
		test(`nothing in the reader moves as it starts (${reader.path}, ${width} px, ${reader.voice.lang} voice)`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: width < 800 ? 844 : 800 });
			await fakeSpeech(page, [reader.voice]);
			await recordLayoutShifts(page);
			await page.goto(reader.path);
			await expect(page.getByText(reader.outcome, { exact: false })).toBeVisible();
			await expect(page.getByRole('radio').first()).toBeEnabled();
			expect(await layoutShiftsInMain(page)).toEqual([]);
		});
	}
}

test('without a Chinese voice the reader says so and the buttons are off, with the reason', async ({
	page
}) => {
	await fakeSpeech(page, [{ lang: 'en-US', name: 'Samantha' }]);
	await page.goto('/en/article/');
	const message = page.getByText('This device has no Chinese voice', { exact: false });
	await expect(message).toBeVisible();
	const button = page.getByRole('button', { name: `Read paragraph ${paragraph.number} aloud` });
	await expect(button).toBeDisabled();
	await expect(button).toHaveAccessibleDescription(/no Chinese voice/);
	expect(await spoken(page)).toEqual([]);
});

test('in review, the card reads its prompt aloud on request, and by itself once the option is on', async ({
	page
}) => {
	await fakeSpeech(page, [{ lang: 'zh-HK', name: 'Sinji' }]);
	await page.goto('/review/sco-background/');
	const card = page.getByTestId('review-card');
	await expect(card).toBeVisible();
	const promptOf = async () => byId.get((await card.getAttribute('data-question'))!)!.prompt.zh;
	const option = page.getByLabel('每張卡自動朗讀題目');
	// Off by default: nothing is read until asked.
	await expect(option).not.toBeChecked();
	expect(await spoken(page)).toEqual([]);
	await card.getByRole('button', { name: '▶ 朗讀' }).click();
	const expected = splitSentences(await promptOf()).map((sentence) => sentence.text);
	await expect.poll(async () => (await spoken(page)).map((utterance) => utterance.text)).toEqual(expected);
	expect((await spoken(page))[0]!.lang).toMatch(/^zh/);

	await option.check();
	await page.reload();
	await expect(page.getByLabel('每張卡自動朗讀題目')).toBeChecked();
	const shownPrompt = splitSentences(await promptOf()).map((sentence) => sentence.text);
	await expect.poll(async () => (await spoken(page)).map((utterance) => utterance.text)).toEqual(shownPrompt);
});
