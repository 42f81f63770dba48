// Problems found in content, as data: a field path and a code with its values. The build words them in English
// (src/lib/content/problem-messages.ts); the editor and the import screen word them in the learner's language.

/** Every kind of problem the question, deck and pack validators report. */
export const problemCodes = [
	// Fields of any entry.
	'missing',
	'not-text',
	'not-language-text',
	'not-bilingual',
	'not-boolean',
	'not-number',
	'not-list',
	'not-mapping',
	'not-one-of',
	'unknown-field',
	'count',
	'repeated',
	'id-pattern',
	'duplicate-id',
	'text-too-long',
	// A question's sources.
	'source-shape',
	'not-quote',
	'quote-not-found',
	'quote-ambiguous',
	// A question's claim and angle.
	'claim-missing',
	'angle-missing',
	'claim-without-map',
	'claim-unknown',
	// Rules of the kinds.
	'single-choice-correct',
	'multiple-select-correct',
	'cloze-blank',
	'accepted-not-texts',
	'accepted-lacks-answer',
	'accepted-repeats',
	// A deck.
	'deck-id-file',
	'deck-id-reserved',
	// An article pack.
	'pack-too-large',
	'pack-not-json',
	'pack-not-a-pack',
	'pack-version-newer',
	'pack-version-invalid',
	'pack-too-many',
	'date-invalid',
	'paragraph-blank-line',
	// A pack carried in a link.
	'link-empty',
	'link-too-large',
	'link-not-base64',
	'link-not-deflate',
	'link-inflated-too-large',
	'link-not-utf8'
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** The values a problem's words need: a count, a limit, the offending text. */
export type ProblemValues = Record<string, string | number>;

/**
 * One thing wrong, named by its field path from the entry being read (`options[1].zh`, `source[0]`;
 * `decks[0].questions[3].answer` in a pack), so that an editor can show it beside the field.
 */
export type Problem = { path: string; code: ProblemCode; values?: ProblemValues };

/** Joins a path and a field: `decks[0]` + `questions[2]` → `decks[0].questions[2]`; `options` + `[1]` → `options[1]`. */
export const joinPath = (prefix: string, field: string): string =>
	prefix === ''
		? field
		: field === ''
			? prefix
			: field.startsWith('[')
				? prefix + field
				: `${prefix}.${field}`;

/** Collects problems while reading an entry, each under the entry's path, and hands them to a sink. */
export class ProblemList {
	constructor(
		private readonly sink: (problem: Problem) => void,
		private readonly prefix = '',
		// Shared by every list made with at(), so an entry can tell whether reading it reported anything.
		private readonly tally = { count: 0 }
	) {}

	/** A list that keeps its problems in an array. */
	static collecting(problems: Problem[] = []): ProblemList & { problems: Problem[] } {
		return Object.assign(new ProblemList((problem) => problems.push(problem)), { problems });
	}

	report(field: string, code: ProblemCode, values?: ProblemValues): void {
		this.tally.count++;
		this.sink({ path: joinPath(this.prefix, field), code, ...(values ? { values } : {}) });
	}

	/** The same list, reporting under a deeper path. */
	at(field: string): ProblemList {
		return new ProblemList(this.sink, joinPath(this.prefix, field), this.tally);
	}

	/** How many problems have been reported through this list and those made from it. */
	get count(): number {
		return this.tally.count;
	}
}
