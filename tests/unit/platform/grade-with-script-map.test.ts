import { afterEach, describe, expect, it } from 'vitest';
import { gradeAnswer, useScriptMap } from '$lib/platform/chinese-converter';
import { cloze } from '../answer-fixtures';

describe("gradeAnswer with the content index's script map", () => {
	afterEach(() => useScriptMap({}));

	it('folds the mapped characters, so either script of an answer is correct', async () => {
		const kazakhstan = cloze(['哈薩克', 'Kazakhstan']);
		useScriptMap({});
		expect((await gradeAnswer(kazakhstan, { kind: 'cloze', text: '哈萨克' })).kind).not.toBe('correct');
		useScriptMap({ 薩: '萨' });
		expect(await gradeAnswer(kazakhstan, { kind: 'cloze', text: '哈萨克' })).toEqual({ kind: 'correct' });
		expect(await gradeAnswer(kazakhstan, { kind: 'cloze', text: '哈薩克' })).toEqual({ kind: 'correct' });
		expect(await gradeAnswer(kazakhstan, { kind: 'cloze', text: ' kazakhstan ' })).toEqual({
			kind: 'correct'
		});
	});
});
