import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { arrangeHead } from '../../../src/lib/server/page-head';
import { prepaintHash, prepaintScript } from '../../../src/build/prepaint.js';

// A head as SvelteKit writes it for a prerendered page: the policy, the script preloads, the stylesheets.
const page = (head: string) =>
	`<!doctype html><html><head><meta charset="utf-8">${head}</head><body></body></html>`;
const policy = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
const sveltekitHead =
	policy +
	'<link href="./_app/start.js" rel="modulepreload">' +
	'<link href="./_app/page.js" rel="modulepreload">' +
	'<title>Review</title>' +
	'<link href="./_app/app.css" rel="stylesheet">' +
	'<link href="./_app/page.css" rel="stylesheet">';
const preloads = '<link rel="preload" href="/content/index.json" as="fetch" crossorigin="anonymous">';

/** The tags of a head in order, each by what identifies it. */
const order = (html: string) =>
	[
		...html.matchAll(
			/<(script)>|<link href="([^"]+)"|<link rel="preload" href="([^"]+)"|<(title)>|<meta (http-equiv)/g
		)
	].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]);

describe('the order of a prerendered page head', () => {
	test('the pre-paint script runs first, after the policy, then the stylesheets, the page preloads and the scripts', () => {
		const html = arrangeHead(page(sveltekitHead), { prepaint: 'void 0;', preloads });
		expect(order(html)).toEqual([
			'http-equiv',
			'script',
			'./_app/app.css',
			'./_app/page.css',
			'/content/index.json',
			'./_app/start.js',
			'./_app/page.js',
			'title'
		]);
		// Nothing is lost or written twice.
		expect(html.match(/<link /g)).toHaveLength(5);
		expect(html).toContain('<script>void 0;</script>');
	});

	test('a head without resource links (as in development) gets the script after the policy and the preloads last', () => {
		const html = arrangeHead(page(`${policy}<title>Review</title>`), { prepaint: 'void 0;', preloads });
		expect(order(html)).toEqual(['http-equiv', 'script', 'title', '/content/index.json']);
	});

	test('a page without a head is left as it is', () => {
		expect(arrangeHead('<p>fragment</p>', { prepaint: 'void 0;', preloads })).toBe('<p>fragment</p>');
	});
});

describe('the pre-paint script', () => {
	test('is src/prepaint.js without its comments or indentation, and still reads the preferences it sets', () => {
		const script = prepaintScript();
		expect(script).not.toMatch(/^\s*\/\//m);
		expect(script).not.toMatch(/^\s/m);
		expect(script.length).toBeLessThan(readFileSync('src/prepaint.js', 'utf8').length);
		for (const key of [
			'sco-study.theme',
			'sco-study.text-size',
			'sco-study.article-view',
			'sco-study.language'
		])
			expect(script).toContain(key);
	});

	test('its hash in the policy is the hash of exactly the script pages carry', () => {
		const script = prepaintScript();
		const expected = createHash('sha256').update(script).digest('base64');
		expect(prepaintHash(script)).toBe(`'sha256-${expected}'`);
		// One character more and the policy no longer allows it.
		expect(prepaintHash(`${script} `)).not.toBe(prepaintHash(script));
	});
});
