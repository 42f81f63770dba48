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
