import { beforeAll, describe, expect, it } from 'vitest';
import OpenCC from 'opencc-js/t2cn';
import { allQuestions, type Catalog } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { scriptMapOf, searchScriptMapOf } from '$lib/content/script-map.server';
import { browse, noFilter, searchTextOf } from '$lib/domain/cards/browse';
import { questionTexts } from '$lib/domain/question';
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

describe('the card browser’s search map', () => {
	it('finds every question by its own prompt written in Simplified, as OpenCC writes it', () => {
		const fold = scriptConverter(searchScriptMapOf(catalog));
		const questions = allQuestions(catalog);
		const entries = questions.map((question, position) => ({
			question,
			card: undefined,
			flagged: false,
			position,
			searchText: searchTextOf(question, fold)
		}));
		const context = { nowMs: 0, recall: () => 0, toSimplified: fold };
		let changed = 0;
		for (const question of questions) {
			const query = toSimplified(question.prompt.zh);
			if (query !== question.prompt.zh) changed++;
			const found = browse(entries, { ...noFilter, query }, 'due', context).map((entry) => entry.question.id);
			expect(found, `${question.id}: ${query}`).toContain(question.id);
		}
		// The check means something only if prompts do change script.
		expect(changed).toBeGreaterThan(questions.length / 2);
	});

	it('folds every text of the questions exactly as it folds its OpenCC conversion', () => {
		const fold = scriptConverter(searchScriptMapOf(catalog));
		for (const question of allQuestions(catalog))
			for (const text of [...questionTexts(question), ...question.sources.map((source) => source.quote)])
				expect(fold(toSimplified(text)), text).toBe(fold(text));
	});
});
