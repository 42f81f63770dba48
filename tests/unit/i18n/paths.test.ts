import { describe, expect, it } from 'vitest';
import { withSlash } from '$lib/i18n/paths';

describe('withSlash', () => {
	it('ends every path with exactly one slash', () => {
		expect(withSlash('/en')).toBe('/en/');
		expect(withSlash('/')).toBe('/');
		expect(withSlash('../../decks/x//')).toBe('../../decks/x/');
	});
});
