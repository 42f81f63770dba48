/**
 * A Traditional→Simplified map of single characters: what typed-answer grading needs to treat the two scripts
 * alike. The build writes one holding only the characters that matter (see content/script-map.server.ts), so no
 * page downloads a full converter to grade.
 */
export type ScriptMap = Readonly<Record<string, string>>;

/** A converter for the grader (ChineseConverter): each character mapped, every other character kept. */
export function scriptConverter(map: ScriptMap): (text: string) => string {
	return (text) => {
		let converted = '';
		for (const character of text) converted += map[character] ?? character;
		return converted;
	};
}

/** The CJK Unified Ideographs and Extension A: every character a learner's keyboard offers for the answers. */
export const ideographRanges: readonly (readonly [number, number])[] = [
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff]
];

export const isIdeograph = (character: string) => {
	const point = character.codePointAt(0)!;
	return ideographRanges.some(([first, last]) => point >= first && point <= last);
};

/**
 * Each given character and every other ideograph that `toSimplified` (OpenCC's Taiwan→Simplified converter) folds
 * into the same Simplified one, mapped to that one: grading with it folds a typed answer in either script as the
 * converter would, for these characters (a learner may type any Traditional variant or the Simplified form).
 */
export function foldingScriptMap(
	characters: Iterable<string>,
	toSimplified: (text: string) => string
): ScriptMap {
	const targets = new Set([...new Set(characters)].map((character) => toSimplified(character)));
	const map: Record<string, string> = {};
	for (const [first, last] of ideographRanges) {
		for (let point = first; point <= last; point++) {
			const character = String.fromCodePoint(point);
			const simplified = toSimplified(character);
			if (simplified !== character && targets.has(simplified)) map[character] = simplified;
		}
	}
	return map;
}

/** The distinct ideographs of the accepted answers of typed (cloze) questions, sorted: what grading must fold. */
export function answerIdeographs(
	questions: Iterable<{ kind: string; accepted?: readonly string[] }>
): string[] {
	const found = new Set<string>();
	for (const question of questions)
		if (question.kind === 'cloze')
			for (const form of question.accepted ?? [])
				for (const character of form) if (isIdeograph(character)) found.add(character);
	return [...found].sort();
}
