import { describe, expect, it } from 'vitest';
import { checkDraft } from '$lib/domain/author/convert';
import { newDraft } from '$lib/domain/author/draft';
import en from '$lib/i18n/author/en';
import zh from '$lib/i18n/author/zh';
import { fieldName } from '../../../src/routes/[[lang=lang]]/author/field-name';
import { problemShown } from '../../../src/routes/[[lang=lang]]/author/problems-context';

describe('a problem’s field named in words', () => {
	it('names a question’s field as the editor labels it, in either interface language', () => {
		expect(fieldName('decks[0].questions[2].prompt.zh', zh)).toBe('題組 1 · 第 3 題 · 題目 · 中文');
		expect(fieldName('decks[0].questions[2].prompt.zh', en)).toBe('Deck 1 · Question 3 · Question · Chinese');
		expect(fieldName('decks[1].questions[0].pairs[1].left.en', en)).toBe(
			'Deck 2 · Question 1 · Left 2 · English'
		);
		expect(fieldName('decks[0].questions[0].options', zh)).toBe('題組 1 · 第 1 題 · 選項');
		expect(fieldName('decks[0].questions[0].sources[1]', en)).toBe(
			'Deck 1 · Question 1 · Quotes from the article 2'
		);
		expect(fieldName('article.title', zh)).toBe('文章 · 標題');
	});

	it('leaves no path of a new draft’s problems unnamed', () => {
		const draft = newDraft({ random: () => 0.5, nowMs: 0, language: 'zh-Hant', text: '一段。' });
		const { problems } = checkDraft(draft);
		expect(problems.length).toBeGreaterThan(0);
		for (const problem of problems) {
			expect(fieldName(problem.path, en)).not.toMatch(/[[\].]/);
			expect(fieldName(problem.path, zh)).not.toMatch(/[A-Za-z[\].]/);
		}
	});
});

describe('a problem shown beside its field', () => {
	const prompt = 'decks[0].questions[2].prompt.zh';

	it('waits until the teacher has left that field, or a field under its path', () => {
		expect(problemShown(prompt, [])).toBe(false);
		expect(problemShown(prompt, ['decks[0].questions[2].explanation.zh'])).toBe(false);
		expect(problemShown(prompt, [prompt])).toBe(true);
		expect(problemShown('decks[0].questions[2].options', ['decks[0].questions[2].options[1].zh'])).toBe(true);
		expect(problemShown('decks[0].questions[2]', [prompt])).toBe(true);
	});

	it('does not take another question whose number begins the same', () => {
		expect(problemShown('decks[0].questions[2]', ['decks[0].questions[20].prompt.zh'])).toBe(false);
	});
});
