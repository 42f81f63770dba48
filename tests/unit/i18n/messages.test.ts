import { describe, expect, it } from 'vitest';
import { trueFalseLabels } from '$lib/i18n/bilingual';
import { areas, loadMessages, MissingAreaError } from '$lib/i18n/messages';

// Every area in both languages, as a page that showed them all would have them.
const messages = { zh: await loadMessages('zh', areas), en: await loadMessages('en', areas) };

type Entry = { path: string; zh: unknown; en: unknown };

/** Every leaf of the catalog, sections and records included, with both languages side by side. */
function leaves(zh: unknown, en: unknown, path = ''): Entry[] {
	if (typeof zh === 'object' && zh !== null && !Array.isArray(zh)) {
		expect(Object.keys(en as object).sort(), path).toEqual(Object.keys(zh).sort());
		return Object.keys(zh).flatMap((key) =>
			leaves((zh as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], `${path}.${key}`)
		);
	}
	return [{ path, zh, en }];
}

/** Texts that are the same in both languages on purpose. */
const languageNeutral = new Set([
	...['correct', 'wrong', 'near-miss', 'self-graded', 'unanswered'].map(
		(kind) => `.classroom.grade.${kind}.symbol`
	),
	'.classroom.paperName.a4'
]);

/** Punctuation that differs by language (、 and ：against , and :): not Chinese script, yet not English either. */
// Punctuation alone (the common colon and parentheses too): the same marks, written full width in Chinese.
const punctuation = new Set([
	'.argument.listSeparator',
	'.aids.listSeparator',
	'.argument.colon',
	'.colon',
	'.inParentheses'
]);

describe('the message catalog', () => {
	const entries = leaves(messages.zh, messages.en);

	it('has the same shape in both languages, every section included', () => {
		expect(areas).toEqual(
			expect.arrayContaining([
				'answers',
				'argument',
				'quiz',
				'classroom',
				'review',
				'settings',
				'stats',
				'storage'
			])
		);
		for (const section of areas) {
			expect(
				entries.some((entry) => entry.path.startsWith(`.${section}.`)),
				section
			).toBe(true);
		}
		for (const { path, zh, en } of entries) expect(typeof en, path).toBe(typeof zh);
	});

	it('fills every text in both languages with different, non-empty texts', () => {
		const texts = entries.filter((entry) => typeof entry.zh === 'string');
		expect(texts.length).toBeGreaterThan(0);
		for (const { path, zh, en } of texts) {
			expect((zh as string).length, path).toBeGreaterThan(0);
			// Symbols (✓ ✗) and names (A4) are the same in every language; a Chinese text left in English is not.
			if (languageNeutral.has(path)) continue;
			// The language switch names the other language, in that language.
			if (path !== '.switchLanguage' && !punctuation.has(path)) expect(zh, path).toMatch(/\p{Script=Han}/u);
			expect(en, path).not.toBe(zh);
		}
	});

	it('pluralises English counts', () => {
		expect(messages.en.questionCount(1)).toBe('1 question');
		expect(messages.en.questionCount(3)).toBe('3 questions');
		expect(messages.zh.questionCount(3)).toBe('3 題');
	});

	it('words every review notice in both languages', () => {
		expect(messages.en.review.notice.stale).toMatch(/another tab/);
		expect(messages.zh.review.notice['nothing-to-undo']).toBe('沒有可以復原的評分');
	});

	it('loads only the areas a page asks for, in its language, and names an area read without loading it', async () => {
		const page = await loadMessages('en', ['quiz']);
		expect(page.quiz).toBe(messages.en.quiz);
		expect(page.appName).toBe(messages.en.appName);
		expect(() => page.review).toThrow(MissingAreaError);
		expect(() => page.review).toThrow(/"review".*src\/lib\/i18n\/route-areas\.ts/);
	});

	it('words the true/false choices shown in both languages as each language’s own texts do', () => {
		for (const language of ['zh', 'en'] as const) {
			expect(trueFalseLabels.true[language]).toBe(messages[language].trueLabel);
			expect(trueFalseLabels.false[language]).toBe(messages[language].falseLabel);
		}
	});
});
