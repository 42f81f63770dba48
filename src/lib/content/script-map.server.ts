// Build time only: OpenCC never reaches a page. It decides, once, how each character that matters to grading
// folds between the scripts.
import OpenCC from 'opencc-js/t2cn';
import type { ScriptMap } from '$lib/domain/script-map';
import { allQuestions, type Catalog } from './catalog';

// The CJK Unified Ideographs and Extension A: every character a learner's keyboard offers for these answers.
const ideographRanges: [number, number][] = [
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff]
];

/**
 * The characters of every accepted cloze answer, each mapped as OpenCC's Taiwan→Simplified converter maps it,
 * plus every other character that converter folds into the same Simplified one (a learner may type any of them).
 * Grading with it gives the same verdicts as grading with OpenCC for every accepted answer (tested); text with
 * none of these characters cannot match an answer either way.
 */
export function scriptMapOf(catalog: Catalog): ScriptMap {
	const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
	const answerCharacters = new Set(
		allQuestions(catalog).flatMap((question) =>
			question.kind === 'cloze' ? question.accepted.flatMap((form) => Array.from(form)) : []
		)
	);
	const targets = new Set([...answerCharacters].map((character) => convert(character)));
	const map: Record<string, string> = {};
	for (const [first, last] of ideographRanges) {
		for (let point = first; point <= last; point++) {
			const character = String.fromCodePoint(point);
			const simplified = convert(character);
			if (simplified !== character && targets.has(simplified)) map[character] = simplified;
		}
	}
	return map;
}
