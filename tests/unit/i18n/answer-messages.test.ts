import { describe, expect, it } from 'vitest';
import { answerMessages } from '$lib/i18n/answer-messages';

describe('the answer controls’ message catalog', () => {
	it('announces moves with the item, its position and the count', () => {
		expect(answerMessages.en.movedTo('2012', 2, 5)).toBe('“2012” moved to position 2 of 5');
		expect(answerMessages.zh.movedTo('2012', 2, 5)).toBe('「2012」已移到第 2 位（共 5 項）');
		expect(answerMessages.en.moveUp('X')).toBe('Move “X” up');
	});
});
