import { describe, expect, it } from 'vitest';
import { newDraft } from '$lib/domain/author/draft';
import { seededRandom } from '$lib/domain/random';
import { quotesOf } from '../../../src/routes/[[lang=lang]]/author/selection';

const draft = newDraft({
	random: seededRandom('s'),
	nowMs: 0,
	language: 'zh-Hant',
	text: '甲句。乙句。丙句。\n\n丁句。戊句。'
});

describe('the quotes of a selection', () => {
	it('joins neighbouring sentences of a paragraph into one quote, in reading order', () => {
		expect(
			quotesOf(draft, [
				{ paragraph: 1, start: 0, end: 3 },
				{ paragraph: 0, start: 3, end: 6 },
				{ paragraph: 0, start: 0, end: 3 }
			])
		).toEqual(['甲句。乙句。', '丁句。']);
	});

	it('keeps sentences apart when another lies between them', () => {
		expect(
			quotesOf(draft, [
				{ paragraph: 0, start: 0, end: 3 },
				{ paragraph: 0, start: 6, end: 9 }
			])
		).toEqual(['甲句。', '丙句。']);
	});
});
