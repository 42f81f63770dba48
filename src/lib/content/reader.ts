import type { Bilingual } from '$lib/domain/language';
import { isRecord, isText } from '$lib/domain/validation/fields';
import type { ContentProblem } from './problems';

// Reading untyped YAML into typed values, one problem reported per bad field, so a file's problems come all at once.
// The build's own files (glossary, places, timeline, readings, translation, argument map) are read here, in
// English words for the build's log; questions, decks and packs, which the editor and the import screen also
// read, go through domain/validation/fields.ts with problem codes worded in the reader's language. The two share
// that file's shape checks (isRecord, isText), which the validators import from there.

/** Collects problems for one entry (a question, a claim, a glossary entry) while reading its fields. */
export class Reader {
	constructor(
		private readonly problems: ContentProblem[],
		private readonly file: string,
		private readonly questionId: string | undefined,
		private readonly subject?: string
	) {}

	report(field: string, message: string): void {
		this.problems.push({
			file: this.file,
			...(this.questionId !== undefined ? { questionId: this.questionId } : {}),
			...(this.subject !== undefined ? { subject: this.subject } : {}),
			field,
			message
		});
	}

	/** A required non-empty text. */
	text(value: unknown, field: string): string | undefined {
		if (value === undefined) return (this.report(field, 'is missing'), undefined);
		if (!isText(value)) return (this.report(field, 'must be a non-empty text'), undefined);
		return value.trim();
	}

	/** An optional list of non-empty texts (absent is an empty list). */
	texts(value: unknown, field: string): string[] | undefined {
		if (value === undefined) return [];
		if (!Array.isArray(value) || !value.every(isText)) {
			return (this.report(field, 'must be a list of non-empty texts'), undefined);
		}
		return value.map((entry) => entry.trim());
	}

	/** One of a fixed set of values. */
	oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
		if (allowed.includes(value as T)) return value as T;
		this.report(field, `must be one of ${allowed.join(', ')}; got "${String(value)}"`);
		return undefined;
	}

	bilingual(value: unknown, field: string): Bilingual | undefined {
		if (value === undefined) return (this.report(field, 'is missing'), undefined);
		if (!isRecord(value)) return (this.report(field, 'must be { zh, en }'), undefined);
		let ok = true;
		for (const language of ['zh', 'en'] as const) {
			if (!isText(value[language])) {
				this.report(`${field}.${language}`, 'must be a non-empty text (quote numbers: "2001")');
				ok = false;
			}
		}
		for (const key of Object.keys(value)) {
			if (key !== 'zh' && key !== 'en' && !(field.includes('options') && key === 'correct')) {
				this.report(`${field}.${key}`, 'is not a known field');
			}
		}
		return ok ? { zh: String(value.zh).trim(), en: String(value.en).trim() } : undefined;
	}

	list(value: unknown, field: string, min: number, max: number): unknown[] | undefined {
		if (value === undefined) return (this.report(field, 'is missing'), undefined);
		if (!Array.isArray(value)) return (this.report(field, 'must be a list'), undefined);
		if (value.length < min || value.length > max) {
			this.report(field, `must have ${min} to ${max} entries, has ${value.length}`);
			return undefined;
		}
		return value;
	}

	distinct(texts: Bilingual[], field: string): void {
		for (const language of ['zh', 'en'] as const) {
			const seen = new Set<string>();
			for (const text of texts) {
				const key = text[language].toLowerCase();
				if (seen.has(key)) this.report(field, `repeats "${text[language]}"`);
				seen.add(key);
			}
		}
	}
}
