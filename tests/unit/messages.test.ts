import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n/messages';

describe('the message catalog', () => {
	it('fills every key in both languages with different, non-empty texts', () => {
		const keys = Object.keys(messages.zh).sort();
		expect(Object.keys(messages.en).sort()).toEqual(keys);
		for (const key of keys as (keyof typeof messages.zh)[]) {
			const zh = messages.zh[key];
			const en = messages.en[key];
			if (typeof zh === 'string') {
				expect(zh.length, key).toBeGreaterThan(0);
				expect(en, key).not.toBe(zh);
			}
		}
	});

	it('pluralises English counts', () => {
		expect(messages.en.questionCount(1)).toBe('1 question');
		expect(messages.en.questionCount(3)).toBe('3 questions');
		expect(messages.zh.questionCount(3)).toBe('3 題');
	});
});
