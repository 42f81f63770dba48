import type { Bilingual } from '../language';
import type { ProblemList } from './problems';

// Reading untyped data (parsed YAML or JSON) into typed values: one problem per bad field, so an entry's problems
// come all at once. Pure: the build and the browser read with the same rules.

export type Raw = Record<string, unknown>;
export const isRecord = (value: unknown): value is Raw =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string =>
	typeof value === 'string' && value.trim().length > 0;

/** Lowercase letters and digits in words joined by hyphens: question and deck ids (they appear in addresses). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A required non-empty text, trimmed. */
export function readText(problems: ProblemList, value: unknown, field: string): string | undefined {
	if (value === undefined) return (problems.report(field, 'missing'), undefined);
	if (!isText(value)) return (problems.report(field, 'not-text'), undefined);
	return value.trim();
}

/** One of a fixed set of values. */
export function readOneOf<T extends string>(
	problems: ProblemList,
	value: unknown,
	field: string,
	allowed: readonly T[]
): T | undefined {
	if (allowed.includes(value as T)) return value as T;
	problems.report(field, 'not-one-of', { allowed: allowed.join(', '), got: String(value) });
	return undefined;
}

/** A `{ zh, en }` pair of non-empty texts, trimmed; `extraKeys` may also appear (an option's `correct`). */
export function readBilingual(
	problems: ProblemList,
	value: unknown,
	field: string,
	extraKeys: readonly string[] = []
): Bilingual | undefined {
	if (value === undefined) return (problems.report(field, 'missing'), undefined);
	if (!isRecord(value)) return (problems.report(field, 'not-bilingual'), undefined);
	let ok = true;
	for (const language of ['zh', 'en'] as const) {
		if (!isText(value[language])) {
			problems.report(`${field}.${language}`, 'not-language-text');
			ok = false;
		}
	}
	for (const key of Object.keys(value)) {
		if (key !== 'zh' && key !== 'en' && !extraKeys.includes(key)) {
			problems.report(`${field}.${key}`, 'unknown-field', { of: 'text' });
		}
	}
	return ok ? { zh: String(value.zh).trim(), en: String(value.en).trim() } : undefined;
}

/** A list of `min` to `max` entries. */
export function readList(
	problems: ProblemList,
	value: unknown,
	field: string,
	min: number,
	max: number
): unknown[] | undefined {
	if (value === undefined) return (problems.report(field, 'missing'), undefined);
	if (!Array.isArray(value)) return (problems.report(field, 'not-list'), undefined);
	if (value.length < min || value.length > max) {
		problems.report(field, 'count', { min, max, count: value.length });
		return undefined;
	}
	return value;
}

/** Reports each text that repeats an earlier one (ignoring case), in either language. */
export function checkDistinct(problems: ProblemList, texts: Bilingual[], field: string): void {
	for (const language of ['zh', 'en'] as const) {
		const seen = new Set<string>();
		for (const text of texts) {
			const key = text[language].toLowerCase();
			if (seen.has(key)) problems.report(field, 'repeated', { text: text[language] });
			seen.add(key);
		}
	}
}
