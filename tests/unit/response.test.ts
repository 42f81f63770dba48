import { describe, expect, it } from 'vitest';
import { emptyResponse, isComplete, moveItem, type Response } from '$lib/domain/response';
import {
	cloze,
	flashcard,
	matching,
	multipleSelect,
	ordering,
	singleChoice,
	trueFalse
} from './answer-fixtures';

const place = cloze(['2.4萬', '24,000']);

describe('emptyResponse', () => {
	it('starts with nothing chosen', () => {
		expect(emptyResponse(flashcard, 's')).toEqual({ kind: 'flashcard', revealed: false });
		expect(emptyResponse(singleChoice, 's')).toEqual({ kind: 'single-choice', selected: null });
		expect(emptyResponse(multipleSelect, 's')).toEqual({ kind: 'multiple-select', selected: [] });
		expect(emptyResponse(trueFalse, 's')).toEqual({ kind: 'true-false', answer: null });
		expect(emptyResponse(place, 's')).toEqual({ kind: 'cloze', text: '' });
		expect(emptyResponse(matching, 's')).toEqual({ kind: 'matching', rightFor: [null, null, null, null] });
	});

	it('starts an ordering as a seeded shuffle of every item, never already solved', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			const response = emptyResponse(ordering, seed);
			if (response.kind !== 'ordering') throw new Error('expected an ordering response');
			expect([...response.order].sort()).toEqual([0, 1, 2, 3, 4]);
			expect(response.order).not.toEqual([0, 1, 2, 3, 4]);
			expect(emptyResponse(ordering, seed)).toEqual(response);
		}
		expect(emptyResponse(ordering, 'a')).not.toEqual(emptyResponse(ordering, 'b'));
	});
});

describe('isComplete', () => {
	it.each<[string, Parameters<typeof isComplete>[0], Response, boolean]>([
		['hidden flashcard', flashcard, { kind: 'flashcard', revealed: false }, false],
		['revealed flashcard', flashcard, { kind: 'flashcard', revealed: true }, true],
		['no choice', singleChoice, { kind: 'single-choice', selected: null }, false],
		['a choice', singleChoice, { kind: 'single-choice', selected: 1 }, true],
		['a choice out of range', singleChoice, { kind: 'single-choice', selected: 9 }, false],
		['no boxes ticked', multipleSelect, { kind: 'multiple-select', selected: [] }, false],
		['one box ticked', multipleSelect, { kind: 'multiple-select', selected: [4] }, true],
		['undecided', trueFalse, { kind: 'true-false', answer: null }, false],
		['false chosen', trueFalse, { kind: 'true-false', answer: false }, true],
		['nothing typed', place, { kind: 'cloze', text: '' }, false],
		['only spaces typed', place, { kind: 'cloze', text: '  ' }, false],
		['something typed', place, { kind: 'cloze', text: '2' }, true],
		['an untouched ordering', ordering, emptyResponse(ordering, 'x'), true],
		['an ordering missing an item', ordering, { kind: 'ordering', order: [0, 1, 2, 3] }, false],
		['an ordering repeating an item', ordering, { kind: 'ordering', order: [0, 1, 2, 3, 3] }, false],
		['an empty matching', matching, emptyResponse(matching, 'x'), false],
		['a half matching', matching, { kind: 'matching', rightFor: [0, 1, null, null] }, false],
		['a full matching', matching, { kind: 'matching', rightFor: [3, 1, 2, 0] }, true],
		['a response of another kind', singleChoice, { kind: 'true-false', answer: true }, false]
	])('%s: %s', (_, question, response, complete) => {
		expect(isComplete(question, response)).toBe(complete);
	});
});

describe('moveItem', () => {
	it('moves an item to a position and shifts the others', () => {
		expect(moveItem([0, 1, 2, 3], 0, 2)).toEqual([1, 2, 0, 3]);
		expect(moveItem([0, 1, 2, 3], 3, 0)).toEqual([3, 0, 1, 2]);
		expect(moveItem([0, 1, 2, 3], 1, 1)).toEqual([0, 1, 2, 3]);
	});

	it('clamps the position to the list and ignores an unknown item', () => {
		expect(moveItem([0, 1, 2], 0, 9)).toEqual([1, 2, 0]);
		expect(moveItem([0, 1, 2], 2, -1)).toEqual([2, 0, 1]);
		expect(moveItem([0, 1, 2], 7, 0)).toEqual([0, 1, 2]);
	});
});
