import { describe, expect, it } from 'vitest';
import { parsePassageFragment, passageFragment, sentenceAt, sentencesOf } from '$lib/domain/sentences';

describe('sentences of a paragraph', () => {
	const text = '第一句。第二句說「好。」然後；最後沒有句號';

	it('cut after each full stop, question mark or semicolon, with the closing quote that follows it', () => {
		const pieces = sentencesOf(text).map((range) => text.slice(range.start, range.end));
		expect(pieces).toEqual(['第一句。', '第二句說「好。」', '然後；', '最後沒有句號']);
		expect(pieces.join('')).toBe(text);
	});

	it('find the sentence holding a character, numbered from 1', () => {
		const at = text.indexOf('說');
		const sentence = sentenceAt(text, at);
		expect(text.slice(sentence.start, sentence.end)).toBe('第二句說「好。」');
		expect(sentence.number).toBe(2);
		expect(sentenceAt(text, 0).number).toBe(1);
		expect(sentenceAt(text, text.length - 1).number).toBe(4);
	});
});

describe('passage fragments', () => {
	it('round-trip a paragraph range', () => {
		const fragment = passageFragment('p12', { start: 30, end: 58 });
		expect(fragment).toBe('at-p12-30-58');
		expect(parsePassageFragment(fragment)).toEqual({ paragraphId: 'p12', start: 30, end: 58 });
	});

	it('refuse anything else, and empty or reversed ranges', () => {
		for (const fragment of [
			'q-some-question',
			'claim-x',
			'at-p12-30',
			'at-x1-1-2',
			'at-p1-5-5',
			'at-p1-9-2'
		]) {
			expect(parsePassageFragment(fragment), fragment).toBeUndefined();
		}
	});
});
