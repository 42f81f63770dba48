import { render } from 'svelte/server';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import QrCode from '$lib/components/QrCode.svelte';

const text = 'https://school.example.edu.tw/sco/quiz/#q=AW741l4iFOJMEYqDjBjUCzNJQVM';

/** The dark modules a path of row runs ("M x y h w v1 h -w z") paints, as "x,y" keys. */
function paintedModules(d: string): Set<string> {
	const painted = new Set<string>();
	for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let offset = 0; offset < Number(width); offset++) painted.add(`${Number(x) + offset},${y}`);
	}
	return painted;
}

describe('QrCode', () => {
	const { body } = render(QrCode, { props: { text, label: 'QR code of the quiz link' } });

	it('is an image with the given name, drawn crisp, dark on light', () => {
		expect(body).toContain('role="img"');
		expect(body).toContain('aria-label="QR code of the quiz link"');
		expect(body).toContain('shape-rendering="crispEdges"');
		expect(body).toMatch(/<rect[^>]*fill="#fff"/);
		expect(body).toMatch(/<path[^>]*fill="#000"/);
	});

	it('draws exactly the symbol at level M inside a four-module quiet zone', () => {
		const symbol = encode(text, { ecc: 'M', border: 0 });
		expect(body).toContain(`viewBox="0 0 ${symbol.size + 8} ${symbol.size + 8}"`);
		const expected = new Set<string>();
		symbol.data.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x + 4},${y + 4}`)));
		expect(paintedModules(/ d="([^"]+)"/.exec(body)![1]!)).toEqual(expected);
	});

	it('uses level Q when asked, which needs a larger symbol', () => {
		const q = render(QrCode, { props: { text, label: 'QR', errorCorrection: 'Q' } }).body;
		const size = encode(text, { ecc: 'Q', border: 0 }).size + 8;
		expect(q).toContain(`viewBox="0 0 ${size} ${size}"`);
	});
});
