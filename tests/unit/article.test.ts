import { describe, expect, it } from 'vitest';
import { findQuote, parseArticle } from '$lib/domain/article';
import { readArticleText } from '../content/read-files';

describe('parseArticle', () => {
	const text = readArticleText();
	const article = parseArticle(text);
	// The file's own blocks (text between blank lines), counted without the parser under test.
	const blocks = text.split(/\r?\n\s*\r?\n/).filter((block) => block.trim() !== '');

	it('keeps the article date from its first line', () => {
		expect(article.date).toBe('2025-09-05');
		expect(article.paragraphs[0]!.text.startsWith('從2001年上海合作組織')).toBe(true);
	});

	it('numbers every block of the file as a paragraph, with stable anchors', () => {
		expect(article.paragraphs).toHaveLength(blocks.length);
		expect(article.paragraphs.map((p) => p.id)).toEqual(blocks.map((_, index) => `p${index + 1}`));
		expect(article.paragraphs.at(-1)!.text).toBe(blocks.at(-1)!.trim());
	});

	it('marks the headings and the image captions', () => {
		const byKind = (kind: string) => article.paragraphs.filter((p) => p.kind === kind).map((p) => p.id);
		expect(byKind('heading')).toEqual(['p6', 'p18']);
		expect(byKind('caption')).toEqual(['p5', 'p11', 'p17', 'p23']);
	});

	it('refuses a file without a date line', () => {
		expect(() => parseArticle('沒有日期的文章。')).toThrow(/date YYYY-MM-DD/);
	});

	it('handles Windows line endings', () => {
		const parsed = parseArticle('date 2025-01-01 第一段。\r\n\r\n第二段。');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(['第一段。', '第二段。']);
	});
});

describe('findQuote', () => {
	const article = parseArticle('date 2025-01-01 甲乙丙。\n\n丁甲乙。');

	it('finds every occurrence with paragraph and offsets', () => {
		expect(findQuote(article, '甲乙')).toEqual([
			{ paragraphId: 'p1', start: 0, end: 2 },
			{ paragraphId: 'p2', start: 1, end: 3 }
		]);
	});

	it('finds nothing for a quote that spans paragraphs or is empty', () => {
		expect(findQuote(article, '丙。\n\n丁')).toEqual([]);
		expect(findQuote(article, '')).toEqual([]);
	});
});
