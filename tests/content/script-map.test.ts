import { beforeAll, describe, expect, it } from 'vitest';
import OpenCC from 'opencc-js/t2cn';
import { allQuestions, type Catalog } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { scriptMapOf } from '$lib/content/script-map.server';
import { createGrader, type Grader } from '$lib/domain/grading';
import type { ClozeQuestion } from '$lib/domain/question';
import { scriptConverter } from '$lib/domain/script-map';
import { readContentFiles } from './read-files';

// Issue 12: grading uses a map of only the characters of the accepted answers, built at build time, instead of
// OpenCC in the browser. It must grade every accepted answer exactly as OpenCC did, in either script.

let catalog: Catalog;
let clozes: ClozeQuestion[];
let withMap: Grader;
let withOpenCC: Grader;
let toSimplified: (text: string) => string;

beforeAll(() => {
	catalog = loadContent(readContentFiles()).catalog;
	clozes = allQuestions(catalog).filter((question): question is ClozeQuestion => question.kind === 'cloze');
	toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
	withMap = createGrader(scriptConverter(scriptMapOf(catalog)));
	withOpenCC = createGrader(toSimplified);
}, 30_000);

describe('the build-time script map', () => {
	it('grades every accepted answer, as written and in Simplified, as OpenCC does: correct', () => {
		expect(clozes.length).toBeGreaterThan(0);
		for (const question of clozes) {
			for (const form of question.accepted) {
				for (const typed of [form, toSimplified(form)]) {
					const verdict = withMap.grade(question, { kind: 'cloze', text: typed });
					expect(verdict, `${question.id}: "${typed}"`).toEqual(
						withOpenCC.grade(question, { kind: 'cloze', text: typed })
					);
					expect(verdict.kind, `${question.id}: "${typed}"`).toBe('correct');
				}
			}
		}
	});

	it('converts each accepted answer as OpenCC does (no phrase that a character map would miss)', () => {
		const convert = scriptConverter(scriptMapOf(catalog));
		for (const form of clozes.flatMap((question) => question.accepted)) {
			expect(convert(form), form).toBe(toSimplified(form));
		}
	});

	it('is small: only characters that fold into one of the answers', () => {
		const map = scriptMapOf(catalog);
		const answerCharacters = new Set(clozes.flatMap((question) => question.accepted.flatMap((f) => [...f])));
		expect(Object.keys(map).length).toBeLessThanOrEqual(answerCharacters.size * 4);
		for (const simplified of Object.values(map)) {
			expect([...answerCharacters].some((character) => toSimplified(character) === simplified)).toBe(true);
		}
	});
});
