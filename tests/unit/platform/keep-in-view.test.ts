import { describe, expect, it } from 'vitest';
import { scrollToShow } from '$lib/platform/keep-in-view';

// A window whose top 60 px are a sticky header and bottom 100 px a rating bar: free from 60 to 744.
const band = { top: 60, bottom: 744 };

describe('scrollToShow', () => {
	it('does not move what already shows', () => {
		expect(scrollToShow({ top: 100, bottom: 300 }, band)).toBe(0);
	});

	it('scrolls down just enough to lift what hides under the bottom bar', () => {
		expect(scrollToShow({ top: 700, bottom: 800 }, band)).toBe(56);
	});

	it('scrolls up just enough to bring down what hides under the header', () => {
		expect(scrollToShow({ top: 20, bottom: 120 }, band)).toBe(-40);
	});

	it('shows a target taller than the free band from its top', () => {
		expect(scrollToShow({ top: 900, bottom: 2000 }, band)).toBe(840);
	});

	it('centres in the free band when asked', () => {
		expect(scrollToShow({ top: 1000, bottom: 1100 }, band, 'center')).toBe(1000 - (60 + (684 - 100) / 2));
	});
});
