import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/content/load';
import { ankiDeckText } from '$lib/domain/exports/anki';
import { answerText } from '$lib/domain/exports/answer-text';
import { quizletDeckText } from '$lib/domain/exports/quizlet';
import { clozeBlank } from '$lib/domain/question';
import { readContentFiles } from '../content/read-files';

const { catalog } = loadContent(readContentFiles());
const words = { true: 'True', false: 'False', deckPrefix: 'SCO' };
const unescape = (html: string) =>
	html
		.replace(/<br>/g, '\n')
		.replace(/<\/?blockquote>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Reads Anki's plain-text import format back: header lines, then notes split on the declared separator. */
function parseAnki(text: string) {
	const lines = text.split('\n').filter((line) => line.length > 0);
	const headers = new Map<string, string>();
	for (const line of lines.filter((line) => line.startsWith('#'))) {
		const [key, ...value] = line.slice(1).split(':');
		headers.set(key!, value.join(':'));
	}
	expect(headers.get('separator')).toBe('tab');
	const columns = headers.get('columns')!.split('\t');
	const notes = lines
		.filter((line) => !line.startsWith('#'))
		.map((line) => {
			const fields = line.split('\t');
			expect(fields).toHaveLength(columns.length);
			return Object.fromEntries(columns.map((column, index) => [column, fields[index]!]));
		});
	return { headers, notes };
}

describe('the Anki export', () => {
	for (const deck of catalog.decks) {
		for (const language of ['zh', 'en'] as const) {
			it(`imports back every question of ${deck.id} (${language}) as a Cloze note`, () => {
				const { headers, notes } = parseAnki(ankiDeckText(deck, language, words));
				expect(headers.get('notetype')).toBe('Cloze');
				expect(headers.get('deck')).toBe(`SCO::${deck.title[language]}`);
				expect(headers.get('tags')!.split(' ')).toContain(deck.id);
				expect(notes).toHaveLength(deck.questions.length);
				deck.questions.forEach((question, index) => {
					const note = notes[index]!;
					const clozes = [...note.Text!.matchAll(/\{\{c1::(.*?)\}\}/g)];
					expect(clozes, question.id).toHaveLength(1);
					expect(unescape(clozes[0]![1]!)).toBe(answerText(question, language, words));
					// A cloze's blank is where the deletion is; nothing of the blank is left.
					expect(note.Text).not.toContain(clozeBlank);
					// The source sentence, verbatim, is in the Back Extra field.
					expect(unescape(note['Back Extra']!)).toContain(question.sources[0].quote);
					expect(note.Tags!.split(' ')).toEqual([question.kind, question.id]);
				});
			});
		}
	}

	it('keeps a cloze prompt around its deletion', () => {
		const cloze = catalog.decks
			.flatMap((deck) => deck.questions)
			.find((question) => question.kind === 'cloze')!;
		const deck = { ...catalog.decks[0]!, questions: [cloze] };
		const { notes } = parseAnki(ankiDeckText(deck, 'en', words));
		const [before, after] = cloze.prompt.en.split(clozeBlank);
		const text = unescape(notes[0]!.Text!);
		expect(text.startsWith(before!)).toBe(true);
		expect(text.endsWith(after!)).toBe(true);
	});
});

describe('the Quizlet export', () => {
	for (const deck of catalog.decks) {
		it(`gives one term and definition per question of ${deck.id}`, () => {
			const lines = quizletDeckText(deck, 'en', words).split('\n').filter(Boolean);
			expect(lines).toHaveLength(deck.questions.length);
			lines.forEach((line, index) => {
				const question = deck.questions[index]!;
				const parts = line.split('\t');
				expect(parts).toHaveLength(2);
				expect(parts[0]).toBe(question.prompt.en.replace(/\s+/g, ' ').trim());
				expect(parts[1]).toBe(answerText(question, 'en', words).replace(/\s+/g, ' ').trim());
			});
		});
	}
});

describe('texts that would break a line', () => {
	const question = catalog.decks[0]!.questions.find((candidate) => candidate.kind === 'flashcard')!;
	const awkward = {
		...question,
		prompt: { zh: '第一行\n第二行', en: 'First\tline\nsecond <b>line</b>' },
		answer: { zh: '答\t案', en: 'An\r\nswer' }
	} as typeof question;
	const deck = { ...catalog.decks[0]!, questions: [awkward] };

	it('stay one Quizlet card on one line', () => {
		const lines = quizletDeckText(deck, 'en', words).split('\n').filter(Boolean);
		expect(lines).toEqual(['First line second <b>line</b>\tAn swer']);
	});

	it('stay one Anki note, with markup shown as text', () => {
		const { notes } = parseAnki(ankiDeckText(deck, 'en', words));
		expect(notes).toHaveLength(1);
		expect(notes[0]!.Text).toContain('&lt;b&gt;line&lt;/b&gt;');
		expect(unescape(notes[0]!.Text!)).toBe('First line\nsecond <b>line</b>\n{{c1::An\nswer}}');
	});
});
