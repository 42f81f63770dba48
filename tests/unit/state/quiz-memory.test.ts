import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localKey } from '$lib/platform/local-storage';
import { localQuizMemory } from '$lib/state/quiz-memory';

/** A local storage that lives in this test, as the browser's does. */
function fakeLocalStorage() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}

describe('the quiz links this device has stored an attempt of', () => {
	let storage: ReturnType<typeof fakeLocalStorage>;
	beforeEach(() => {
		storage = fakeLocalStorage();
		vi.stubGlobal('localStorage', storage);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	it('knows a link once remembered, and no other', () => {
		expect(localQuizMemory.has('link-a')).toBe(false);
		localQuizMemory.remember('link-a');
		expect(localQuizMemory.has('link-a')).toBe(true);
		expect(localQuizMemory.has('link-b')).toBe(false);
	});

	it('keeps the latest links only, so the memory cannot grow without end', () => {
		const links = Array.from({ length: 300 }, (_, index) => `link-${index}`);
		for (const link of links) localQuizMemory.remember(link);
		const kept = links.filter((link) => localQuizMemory.has(link));
		expect(kept.length).toBeLessThan(links.length);
		expect(kept).toEqual(links.slice(links.length - kept.length));
		// Remembering an old link again brings it back to the latest.
		localQuizMemory.remember(links[0]!);
		expect(localQuizMemory.has(links[0]!)).toBe(true);
	});

	it('reads anything else stored under its key as no links, and writes over it', () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		for (const tampered of ['{not json', '{"a":1}', '[1,2,null]']) {
			storage.items.set(localKey('quizzes-opened'), tampered);
			expect(localQuizMemory.has('link-a')).toBe(false);
			localQuizMemory.remember('link-a');
			expect(localQuizMemory.has('link-a')).toBe(true);
		}
	});

	it('forgets quietly when storage refuses (private browsing, a full disk)', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => undefined
		});
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(() => localQuizMemory.remember('link-a')).not.toThrow();
		expect(localQuizMemory.has('link-a')).toBe(false);
	});
});
