import { describe, expect, it } from 'vitest';
import { segmentText } from '$lib/domain/segments';

describe('segmentText', () => {
	it('returns the whole text as one segment when nothing is quoted', () => {
		expect(segmentText('abcdef', [])).toEqual([{ text: 'abcdef', start: 0, keys: [] }]);
	});

	it('cuts at overlapping ranges and keeps every covering key', () => {
		const segments = segmentText('abcdef', [
			{ start: 1, end: 4, key: 'x' },
			{ start: 3, end: 6, key: 'y' }
		]);
		expect(segments).toEqual([
			{ text: 'a', start: 0, keys: [] },
			{ text: 'bc', start: 1, keys: ['x'] },
			{ text: 'd', start: 3, keys: ['x', 'y'] },
			{ text: 'ef', start: 4, keys: ['y'] }
		]);
		expect(segments.map((s) => s.text).join('')).toBe('abcdef');
	});
});
