// Build time only: OpenCC never reaches a page. It decides, once, how each character that matters to grading
// folds between the scripts.
import OpenCC from 'opencc-js/t2cn';
import { foldingScriptMap, isIdeograph, type ScriptMap } from '$lib/domain/script-map';
import { questionTexts } from '$lib/domain/question';
import { allQuestions, type Catalog } from './catalog';

/**
 * The characters of every accepted cloze answer, each mapped as OpenCC's Taiwan→Simplified converter maps it,
 * plus every other character that converter folds into the same Simplified one (a learner may type any of them).
 * Grading with it gives the same verdicts as grading with OpenCC for every accepted answer (tested); text with
 * none of these characters cannot match an answer either way.
 */
export function scriptMapOf(catalog: Catalog): ScriptMap {
	return foldingMapOf(
		allQuestions(catalog).flatMap((question) =>
			question.kind === 'cloze' ? question.accepted.flatMap((form) => Array.from(form)) : []
		)
	);
}

/**
 * The same for search (the card browser), over every question's texts and quoted sentences, folding further: the
 * characters OpenCC converts into each other anywhere in these texts, alone or within a phrase (覆 is 覆 alone but
 * 复 in 反覆), fold into one of them, and search folds both the text and the query with it. So a query in either
 * script (哈萨克, 反复) finds the text (哈薩克, 反覆); every question text folds exactly as its OpenCC conversion does
 * (tested).
 */
export function searchScriptMapOf(catalog: Catalog): ScriptMap {
	const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
	const texts = allQuestions(catalog).flatMap((question) => [
		...questionTexts(question),
		...question.sources.map((source) => source.quote)
	]);
	const parent = new Map<string, string>();
	const find = (character: string): string => {
		const above = parent.get(character);
		if (above === undefined || above === character) return character;
		const root = find(above);
		parent.set(character, root);
		return root;
	};
	const join = (a: string, b: string) => {
		const [rootA, rootB] = [find(a), find(b)];
		if (rootA !== rootB) parent.set(rootA, rootB);
	};
	for (const [traditional, simplified] of Object.entries(
		foldingMapOf(texts.flatMap((text) => Array.from(text)))
	))
		join(traditional, simplified);
	for (const text of texts) {
		const [written, converted] = [Array.from(text), Array.from(convert(text))];
		if (written.length !== converted.length) continue;
		written.forEach((character, index) => {
			const other = converted[index]!;
			if (character !== other && isIdeograph(character) && isIdeograph(other)) join(character, other);
		});
	}
	// Each group folds into one member OpenCC leaves as it is (a Simplified form), the same one every build.
	const members = new Map<string, string[]>();
	for (const character of parent.keys()) {
		const root = find(character);
		members.set(root, [...(members.get(root) ?? [root]), character]);
	}
	const map: Record<string, string> = {};
	for (const group of members.values()) {
		const sorted = [...new Set(group)].sort();
		const target = sorted.find((character) => convert(character) === character) ?? sorted[0]!;
		for (const character of sorted) if (character !== target) map[character] = target;
	}
	return map;
}

/** Each given character and every other one OpenCC folds into the same Simplified one, mapped to that one. */
const foldingMapOf = (characters: Iterable<string>): ScriptMap =>
	foldingScriptMap(characters, OpenCC.Converter({ from: 'tw', to: 'cn' }));
