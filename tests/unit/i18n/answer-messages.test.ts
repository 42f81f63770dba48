import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/answers/en';
import zh from '$lib/i18n/answers/zh';

describe('the answer controls’ message catalog', () => {
	it('announces moves with the item, its position and the count', () => {
		expect(en.movedTo('2012', 2, 5)).toBe('“2012” moved to position 2 of 5');
		expect(zh.movedTo('2012', 2, 5)).toBe('「2012」已移到第 2 位（共 5 項）');
		expect(en.moveUp('X')).toBe('Move “X” up');
	});
});
