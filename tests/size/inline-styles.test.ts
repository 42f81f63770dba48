import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstPagesBuilt } from '../../src/build/first-pages.js';
import { inlineStylesInBuild } from '../../src/build/inline-styles.js';

/** A tiny build: two stylesheets, and pages that link both (and a script) the way SvelteKit writes them. */
function fakeBuild(pages: string[]) {
	const dir = mkdtempSync(join(tmpdir(), 'inline-styles-'));
	mkdirSync(join(dir, '_app'), { recursive: true });
	writeFileSync(join(dir, '_app/app.css'), 'body{margin:0}');
	writeFileSync(join(dir, '_app/page.css'), '.card{color:red}');
	for (const page of pages) {
		mkdirSync(join(dir, page, '..'), { recursive: true });
		const up = '../'.repeat(page.split('/').length - 1) || './';
		writeFileSync(
			join(dir, page),
			`<html><head><link href="${up}_app/app.css" rel="stylesheet">\n\t\t<link href="${up}_app/page.css" rel="stylesheet">` +
				`<link href="${up}_app/start.js" rel="modulepreload"></head><body></body></html>`
		);
	}
	return dir;
}

describe('stylesheets inline on the pages opened first from a link', () => {
	test('review, the quiz and join carry their stylesheets inline, in order, with the links kept but disabled', () => {
		const dir = fakeBuild([
			'review/all/index.html',
			'en/quiz/take/index.html',
			'class/join/index.html',
			'index.html'
		]);
		expect(inlineStylesInBuild(dir)).toBe(3);
		const review = readFileSync(join(dir, 'review/all/index.html'), 'utf8');
		expect(review).toContain('<style>body{margin:0}\n.card{color:red}</style>');
		expect(review).not.toMatch(/rel="stylesheet">/);
		expect(review.match(/rel="stylesheet" disabled media="\(max-width: 0\)"/g)).toHaveLength(2);
		// Nothing else moves: the script preload is still there.
		expect(review).toContain('rel="modulepreload"');
		// Another page keeps its links (the browser keeps the files for the next page).
		expect(readFileSync(join(dir, 'index.html'), 'utf8')).toMatch(/app\.css" rel="stylesheet">/);
	});

	test('the pages are the first pages in both languages, and no other', () => {
		for (const page of [
			'review/sco-background/index.html',
			'en/review/all/index.html',
			'quiz/take/index.html',
			'en/class/join/index.html'
		])
			expect(page).toMatch(firstPagesBuilt);
		for (const page of [
			'index.html',
			'en/index.html',
			'quiz/index.html',
			'class/index.html',
			'404.html',
			'article/index.html'
		])
			expect(page).not.toMatch(firstPagesBuilt);
	});
});
