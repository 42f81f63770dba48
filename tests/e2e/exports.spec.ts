import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test('a deck downloads as Anki and Quizlet files that read back as its questions', async ({ page }) => {
	await page.goto('/en/decks/sco-background/');
	const questionCount = await page
		.getByRole('region', { name: 'Questions', exact: true })
		.getByRole('listitem')
		.count();
	expect(questionCount).toBeGreaterThan(0);
	const exports = page.getByTestId('deck-exports');

	const [anki] = await Promise.all([
		page.waitForEvent('download'),
		exports.getByRole('link', { name: 'Anki import file' }).click()
	]);
	expect(anki.suggestedFilename()).toBe('sco-background.anki.en.txt');
	const ankiText = await readFile((await anki.path())!, 'utf8');
	const lines = ankiText.split('\n').filter(Boolean);
	const headers = lines.filter((line) => line.startsWith('#'));
	expect(headers).toEqual(expect.arrayContaining(['#separator:tab', '#notetype:Cloze']));
	expect(headers.some((line) => line.startsWith('#deck:'))).toBe(true);
	expect(headers.some((line) => line.startsWith('#tags:'))).toBe(true);
	const notes = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
	expect(notes).toHaveLength(questionCount);
	for (const fields of notes) {
		expect(fields).toHaveLength(3);
		expect(fields[0]).toMatch(/\{\{c1::.+?\}\}/);
		expect(fields[1]).toContain('<blockquote>');
	}

	const [quizlet] = await Promise.all([
		page.waitForEvent('download'),
		exports.getByRole('link', { name: 'Quizlet import file' }).click()
	]);
	const cards = (await readFile((await quizlet.path())!, 'utf8')).split('\n').filter(Boolean);
	expect(cards).toHaveLength(questionCount);
	for (const card of cards) expect(card.split('\t')).toHaveLength(2);
});
