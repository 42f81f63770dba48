import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '$lib/domain/article';
import { readQuestion } from '$lib/domain/validation/deck';
import { ProblemList } from '$lib/domain/validation/problems';

// The shared rules, read as an editor reads them: structured problems, each under its field path.
const article = {
	date: '2025-09-05',
	paragraphs: splitParagraphs('標題\n\n上合成立於2001年，中亞國家是組織核心。\n\n中亞國家是組織核心。')
};
const choice = {
	id: 'q-one',
	kind: 'single-choice',
	prompt: { zh: '上合成立於哪一年？', en: 'When was the SCO founded?' },
	options: [
		{ zh: '2001年', en: '2001', correct: true },
		{ zh: '1999年', en: '1999' },
		{ zh: '2005年', en: '2005' }
	],
	explanation: { zh: '見原文。', en: 'See the article.' },
	source: '上合成立於2001年'
};
const read = (raw: unknown, claimIds?: ReadonlySet<string> | 'unchecked') => {
	const problems = ProblemList.collecting();
	const question = readQuestion(problems, raw, 'deck-a', { article, ...(claimIds ? { claimIds } : {}) });
	return { question, problems: problems.problems };
};

describe('the shared question rules', () => {
	it('read a valid question and locate its quote in its paragraph', () => {
		const { question, problems } = read(choice);
		expect(problems).toEqual([]);
		expect(question?.sources[0].location).toEqual({ paragraphId: 'p2', start: 0, end: 10 });
	});

	it('name every problem by its field path, as data a screen can word in either language', () => {
		const raw = {
			...choice,
			options: [{ zh: '', en: '2001', correct: 'yes' }, ...choice.options.slice(1)],
			source: ['中亞國家是組織核心', '上合成立於1999年']
		};
		expect(read(raw).problems).toEqual([
			{ path: 'source[0]', code: 'quote-ambiguous', values: { quote: '中亞國家是組織核心', count: 2 } },
			{ path: 'source[1]', code: 'quote-not-found', values: { quote: '上合成立於1999年' } },
			{ path: 'options[0].zh', code: 'not-language-text' },
			{ path: 'options[0].correct', code: 'not-boolean' }
		]);
	});

	it('refuse a claim without an argument map, and take it as a text where claims are unchecked', () => {
		const raw = { ...choice, claim: 'sco-core', angle: 'recall' };
		expect(read(raw).problems).toEqual([
			{ path: 'claim', code: 'claim-without-map', values: { claim: 'sco-core' } }
		]);
		expect(read(raw, 'unchecked').question).toMatchObject({ claimId: 'sco-core', angle: 'recall' });
	});
});
