import { describe, expect, it } from 'vitest';
import { isPaperSize, pageRule, paperSizes } from '$lib/domain/classroom/worksheet';

describe('worksheet paper', () => {
	it('sets the page size, margins and a page number for each paper size', () => {
		expect(pageRule('a4')).toMatch(/size: A4 portrait;/);
		expect(pageRule('letter')).toMatch(/size: letter portrait;/);
		for (const paper of paperSizes) {
			expect(pageRule(paper)).toMatch(/margin: 15mm 15mm 18mm;/);
			expect(pageRule(paper)).toContain('@bottom-center { content: counter(page) " / " counter(pages);');
		}
	});

	it('accepts only the known paper sizes (a remembered choice may be anything)', () => {
		expect(isPaperSize('a4')).toBe(true);
		expect(isPaperSize('letter')).toBe(true);
		expect(isPaperSize('A4')).toBe(false);
		expect(isPaperSize(null)).toBe(false);
	});
});
