import { describe, expect, it } from 'vitest';
import { areas } from '../../../src/lib/i18n/messages';

// Chinese interface texts use full-width punctuation: 新卡：20, （第 1 段）, 是、否，對. A half-width colon,
// parenthesis or comma touching a Chinese character (or the space before one) is a slip.
const han = '\\p{Script=Han}';
const halfWidthNextToChinese = new RegExp(`${han} ?[:(),]|[:(),] ?${han}|${han} ?\\)|\\( ?${han}`, 'u');

/** Sample arguments a catalog function may take: numbers, words, dates; a function that refuses them is skipped. */
const sampleArguments: unknown[][] = [[], [3], [3, 5], ['x'], ['x', 'y'], [3, 'x'], ['2025-09-05']];

/** Every text of a catalog module with where it is, calling the functions with sample arguments. */
function texts(value: unknown, path: string): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (typeof value === 'function') {
		const found: { path: string; text: string }[] = [];
		for (const args of sampleArguments) {
			try {
				const result: unknown = (value as (...args: unknown[]) => unknown)(...args);
				found.push(...texts(result, `${path}(${args.join(', ')})`));
			} catch {
				// Not a call this function accepts.
			}
		}
		return found;
	}
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
	return [];
}

const modules = {
	common: () => import('../../../src/lib/i18n/common/zh'),
	...Object.fromEntries(
		areas.map((area) => [
			area,
			() => import(`../../../src/lib/i18n/${area}/zh.ts`) as Promise<{ default: unknown }>
		])
	)
} as Record<string, () => Promise<{ default: unknown }>>;

describe('Chinese interface texts', () => {
	it('finds a half-width colon, parenthesis or comma next to Chinese', () => {
		for (const bad of ['新卡: 20', '(第 1 段)', '好,不好', '段)'])
			expect(halfWidthNextToChinese.test(bad), bad).toBe(true);
		for (const good of ['新卡：20', '（第 1 段）', 'Ctrl/⌘+Z', '1:30', 'https://example.org'])
			expect(halfWidthNextToChinese.test(good), good).toBe(false);
	});

	for (const [area, load] of Object.entries(modules))
		it(`use full-width punctuation in Chinese: ${area}`, async () => {
			const found = texts((await load()).default, area).filter(({ text }) =>
				halfWidthNextToChinese.test(text)
			);
			expect(found.map(({ path, text }) => `${path}: ${text}`)).toEqual([]);
		});
});
