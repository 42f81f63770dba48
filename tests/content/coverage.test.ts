import { describe, expect, it } from 'vitest';
import {
	duplicateQuestions,
	unaskedNumbersAndDates,
	unbalancedTrueFalse,
	uncoveredParagraphs
} from '$lib/content/audit';
import { allQuestions } from '$lib/content/catalog';
import { loadCatalog } from '$lib/content/load';
import { questionKinds } from '$lib/domain/question';
import { readArticleText, readDeckFiles } from './read-files';

describe('the decks cover the article', () => {
	const catalog = loadCatalog(readArticleText(), readDeckFiles());
	const questions = allQuestions(catalog);

	it('have at least 150 questions, using every kind', () => {
		expect(questions.length).toBeGreaterThanOrEqual(150);
		expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(questionKinds));
	});

	it('quote every body paragraph and caption at least once', () => {
		expect(uncoveredParagraphs(catalog)).toEqual([]);
	});

	it('ask every number and date of the article somewhere', () => {
		expect(unaskedNumbersAndDates(catalog)).toEqual([]);
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
