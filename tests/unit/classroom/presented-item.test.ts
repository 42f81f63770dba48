import { describe, expect, it } from 'vitest';
import {
	correctLetters,
	letterOf,
	presentItem,
	presentItems,
	splitAtBlank
} from '$lib/domain/classroom/presented-item';
import type { Question } from '$lib/domain/question';
import { shuffledIndices } from '$lib/domain/random';
import { emptyResponse } from '$lib/domain/response';
import { quiz, questionsById } from './fixtures';

const item = (id: string, seed = 'seed-1') => ({ question: questionsById.get(id)!, seed });
const en = (texts: { text: { en: string } }[]) => texts.map((text) => text.text.en);

describe('presentItem', () => {
	it('letters choice options in the same seeded order as the answer controls', () => {
		const question = questionsById.get('c-single-6') as Extract<Question, { kind: 'single-choice' }>;
		const presented = presentItem(item('c-single-6'), 4);
		if (presented.kind !== 'single-choice') throw new Error(presented.kind);
		const order = shuffledIndices(question.options.length, 'seed-1');
		expect(presented.number).toBe(5);
		expect(presented.options.map((option) => option.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
		expect(presented.options.map((option) => option.storedIndex)).toEqual(order);
		expect(en(presented.options)).toEqual(order.map((index) => question.options[index]!.en));
		expect(correctLetters(presented)).toEqual([letterOf(order.indexOf(5))]);
	});

	it('gives every correct letter of a multiple-select question, in shown order', () => {
		const presented = presentItem(item('c-multiple'), 0);
		if (presented.kind !== 'multiple-select') throw new Error(presented.kind);
		const letters = presented.options.filter((option) => [0, 2, 3].includes(option.storedIndex));
		expect(correctLetters(presented)).toEqual(letters.map((option) => option.letter));
	});

	it('shows ordering items in the order a student starts from, and the key spells the right order', () => {
		const question = questionsById.get('c-ordering') as Extract<Question, { kind: 'ordering' }>;
		const presented = presentItem(item('c-ordering'), 0);
		if (presented.kind !== 'ordering') throw new Error(presented.kind);
		const start = emptyResponse(question, 'seed-1');
		if (start.kind !== 'ordering') throw new Error(start.kind);
		expect(presented.items.map((shown) => shown.storedIndex)).toEqual(start.order);
		// Reading the items by the key's letters gives them in the stored (correct) order.
		const byLetter = new Map(presented.items.map((shown) => [shown.letter, shown.text.en]));
		expect(correctLetters(presented).map((letter) => byLetter.get(letter))).toEqual(
			question.items.map((text) => text.en)
		);
	});

	it('keeps matching left sides in order and letters the right sides as the select lists them', () => {
		const question = questionsById.get('c-matching') as Extract<Question, { kind: 'matching' }>;
		const presented = presentItem(item('c-matching'), 0);
		if (presented.kind !== 'matching') throw new Error(presented.kind);
		expect(presented.rights.map((right) => right.storedIndex)).toEqual(shuffledIndices(4, 'seed-1'));
		const byLetter = new Map(presented.rights.map((right) => [right.letter, right.text.en]));
		expect(presented.correctLetters.map((letter) => byLetter.get(letter))).toEqual(
			question.pairs.map((pair) => pair.right.en)
		);
	});

	it('answers true/false with A (true) or B (false), and has no letters for flashcards or cloze', () => {
		expect(correctLetters(presentItem(item('c-true-false'), 0))).toEqual(['B']);
		expect(correctLetters(presentItem(item('c-flashcard'), 0))).toEqual([]);
		expect(correctLetters(presentItem(item('c-cloze'), 0))).toEqual([]);
	});

	it('lays out a whole quiz in quiz order with the quiz seeds', () => {
		const presented = presentItems(quiz.items);
		expect(presented.map((shown) => shown.question.id)).toEqual(quiz.items.map((i) => i.question.id));
		expect(presented.map((shown) => shown.seed)).toEqual(quiz.items.map((i) => i.seed));
		expect(presented.map((shown) => shown.number)).toEqual(quiz.items.map((_, index) => index + 1));
	});
});

describe('splitAtBlank', () => {
	it('cuts a cloze prompt at its blank', () => {
		expect(splitAtBlank('The capital is ____.')).toEqual(['The capital is ', '.']);
		expect(splitAtBlank('No blank')).toEqual(['No blank', '']);
	});
});
