import { describe, expect, it } from 'vitest';
import { plainKeyPress, choiceShortcut } from '$lib/domain/keys';
import { correctAnswerOf, verdictOf } from '$lib/domain/verdict';
import { letteredOptions } from '$lib/domain/classroom/presented-item';
import en from '$lib/i18n/answers/en';
import zh from '$lib/i18n/answers/zh';
import { cloze, matching, multipleSelect, ordering, trueFalse } from './answer-fixtures';

describe('verdictOf', () => {
	it('names right, almost, self-graded and wrong answers', () => {
		expect(verdictOf({ kind: 'correct' })).toEqual({ kind: 'right' });
		expect(verdictOf({ kind: 'near-miss', expected: '2.4萬' })).toEqual({
			kind: 'almost',
			expected: '2.4萬'
		});
		expect(verdictOf({ kind: 'self-graded' })).toEqual({ kind: 'self-graded' });
		expect(verdictOf({ kind: 'wrong' })).toEqual({ kind: 'wrong' });
	});

	it('calls an answer with some parts right "partly right", never 0 % or 100 %', () => {
		expect(verdictOf({ kind: 'wrong', partial: 0.25 })).toEqual({ kind: 'partly-right', percent: 25 });
		expect(verdictOf({ kind: 'wrong', partial: 0.001 })).toEqual({ kind: 'wrong' });
		expect(verdictOf({ kind: 'wrong', partial: 0 })).toEqual({ kind: 'wrong' });
		expect(verdictOf({ kind: 'wrong', partial: 0.999 })).toEqual({ kind: 'partly-right', percent: 99 });
	});

	it('words a partly right answer without calling it wrong, in both languages', () => {
		expect(zh.verdictPartial(25)).toBe('部分正確（25%）');
		expect(en.verdictPartial(25)).toBe('Partly right (25%)');
		expect(zh.verdictPartial(25)).not.toContain(zh.verdictWrong);
		expect(en.verdictPartial(25)).not.toContain(en.verdictWrong);
	});
});

describe('correctAnswerOf', () => {
	const labels = { true: { zh: '是', en: 'True' }, false: { zh: '非', en: 'False' } };

	it('gives the correct options with the letters shown for this seed', () => {
		const shown = letteredOptions(multipleSelect, 'seed-1');
		expect(correctAnswerOf(multipleSelect, 'seed-1', labels)).toEqual({
			kind: 'answer',
			lines: shown
				.filter((option) => option.correct)
				.map((option) => ({ letter: option.letter, text: option.text })),
			alsoAccepted: []
		});
	});

	it('gives true or false with its tile letter, and a cloze answer with the other accepted forms', () => {
		expect(correctAnswerOf(trueFalse, 'x', labels).lines).toEqual([{ letter: 'B', text: labels.false }]);
		const question = cloze(['2.4萬', '24,000', '24000']);
		expect(correctAnswerOf(question, 'x', labels)).toEqual({
			kind: 'answer',
			lines: [{ text: question.answer }],
			alsoAccepted: ['24000']
		});
	});

	it('numbers an order and pairs each item with its match', () => {
		expect(correctAnswerOf(ordering, 'x', labels)).toMatchObject({
			kind: 'order',
			lines: ordering.items.map((text) => ({ text }))
		});
		expect(correctAnswerOf(matching, 'x', labels)).toMatchObject({
			kind: 'pairs',
			lines: matching.pairs.map((pair) => ({ text: pair.left, pairedWith: pair.right }))
		});
	});
});

describe('choiceShortcut', () => {
	it('maps letters (either case) and digits to positions among the options', () => {
		expect(choiceShortcut(plainKeyPress('a'), 4)).toBe(0);
		expect(choiceShortcut(plainKeyPress('D'), 4)).toBe(3);
		expect(choiceShortcut(plainKeyPress('1'), 4)).toBe(0);
		expect(choiceShortcut(plainKeyPress('4'), 4)).toBe(3);
	});

	it('ignores keys past the last option, other keys, modifiers and input-method composition', () => {
		expect(choiceShortcut(plainKeyPress('e'), 4)).toBeNull();
		expect(choiceShortcut(plainKeyPress('5'), 4)).toBeNull();
		expect(choiceShortcut(plainKeyPress('0'), 4)).toBeNull();
		expect(choiceShortcut(plainKeyPress('Enter'), 4)).toBeNull();
		expect(choiceShortcut(plainKeyPress('a', { command: true }), 4)).toBeNull();
		expect(choiceShortcut(plainKeyPress('a', { alt: true }), 4)).toBeNull();
		expect(choiceShortcut(plainKeyPress('a', { composing: true }), 4)).toBeNull();
	});
});
