import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/author/en';
import zh from '$lib/i18n/author/zh';
import { parsePack } from '$lib/domain/pack/parse';
import { packFixture } from '../pack/fixture';

// The words for the problems the validators report: every value a text names must be one the validator gives.
describe('the words for content problems', () => {
	it('word each problem of a damaged pack in both languages, with the values it names', () => {
		const pack = packFixture();
		pack.decks[0]!.questions[1]!.options![1]!.correct = true;
		pack.decks[0]!.questions[2]!.source = ['上合成立於1999年'];
		pack.decks[0]!.questions[4]!.accepted = ['2001'];
		pack.article.title = '長'.repeat(1000);
		const result = parsePack(JSON.stringify(pack));
		const problems = result.ok ? [] : result.problems;
		expect(problems.map((problem) => problem.code)).toEqual([
			'text-too-long',
			'single-choice-correct',
			'quote-not-found',
			'count'
		]);
		for (const problem of problems) {
			for (const catalog of [zh, en]) {
				const text = catalog.problems[problem.code](problem.values ?? {});
				expect(text, problem.code).not.toMatch(/undefined/);
				for (const value of Object.values(problem.values ?? {})) expect(text).toContain(String(value));
			}
		}
	});
});
