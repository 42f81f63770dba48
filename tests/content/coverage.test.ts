import { describe, expect, it } from 'vitest';
import { duplicateQuestions, unbalancedTrueFalse, uncoveredParagraphs } from '$lib/content/audit';
import { allQuestions } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { questionKinds } from '$lib/domain/question';
import { readContentFiles } from './read-files';

describe('the decks cover the article', () => {
	const { catalog } = loadContent(readContentFiles());
	const questions = allQuestions(catalog);

	it('have about 150 to 220 questions, using every kind', () => {
		expect(questions.length).toBeGreaterThanOrEqual(150);
		expect(questions.length).toBeLessThanOrEqual(220);
		expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(questionKinds));
	});

	it('quote every body paragraph at least once', () => {
		expect(uncoveredParagraphs(catalog)).toEqual([]);
	});

	it('have no duplicate questions', () => {
		expect(duplicateQuestions(catalog)).toEqual([]);
	});

	it('balance true and false statements within each deck', () => {
		expect(unbalancedTrueFalse(catalog.decks)).toEqual([]);
	});

	it('give every cloze answer its variants', () => {
		for (const question of questions) {
			if (question.kind !== 'cloze') continue;
			expect(question.accepted.length, question.id).toBeGreaterThanOrEqual(2);
		}
	});
});
