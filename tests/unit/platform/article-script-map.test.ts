import { describe, expect, it } from 'vitest';
import { installAnswerScriptMaps } from '$lib/content/answer-script-maps';
import { answerIdeographs } from '$lib/domain/script-map';
import { gradeAnswer, useScriptMap } from '$lib/platform/chinese-converter';
import { cloze, flashcard } from '../answer-fixtures';

// An article the build never saw (on this device, or in a class link's pack): its typed answers grade in either
// script once its map is made in the browser, as the built-in ones do with the build's map.
describe("an article's answer script map, made in the browser", () => {
	const answer = cloze(['中亞國家', 'Central Asian states']);

	it('takes the ideographs of typed answers only, once each', () => {
		expect(answerIdeographs([answer, cloze(['國家', '2001']), flashcard])).toEqual(['中', '亞', '國', '家']);
	});

	it('makes a Simplified answer correct for a Traditional accepted one, and the other way round', async () => {
		useScriptMap({});
		expect((await gradeAnswer(answer, { kind: 'cloze', text: '中亚国家' })).kind).not.toBe('correct');
		await installAnswerScriptMaps([{ id: 'an-article', questions: [answer] }]);
		expect(await gradeAnswer(answer, { kind: 'cloze', text: '中亚国家' })).toEqual({ kind: 'correct' });
		expect(await gradeAnswer(answer, { kind: 'cloze', text: '中亞國家' })).toEqual({ kind: 'correct' });
		const simplified = cloze(['中亚国家', 'Central Asian states']);
		expect(await gradeAnswer(simplified, { kind: 'cloze', text: '中亞國家' })).toEqual({ kind: 'correct' });
		// The content index's map installed again (another page's fetch) keeps the article's.
		useScriptMap({ 薩: '萨' });
		expect(await gradeAnswer(answer, { kind: 'cloze', text: '中亚国家' })).toEqual({ kind: 'correct' });
		expect((await gradeAnswer(answer, { kind: 'cloze', text: '中東国家' })).kind).not.toBe('correct');
	});
});
