import { describe, expect, it } from 'vitest';
import { openClassQuiz } from '$lib/domain/classroom/open-link';
import { fragmentParameters, quizTokenOf } from '$lib/domain/quiz/address';
import { encodeQuizLink } from '$lib/domain/quiz/quiz-link';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { realCatalog } from './fixtures';

const { catalog, questions } = realCatalog();
const app = { version: catalog.version, questions };
const spec: QuizSpec = {
	contentVersion: catalog.version,
	questionIds: questions.slice(0, 4).map((question) => question.id),
	order: 'as-picked',
	seed: 'open1234',
	mode: 'test',
	timeLimitSeconds: null
};
const token = encodeQuizLink(
	spec,
	questions.map((question) => question.id)
);

describe('reading the quiz from the address', () => {
	it('finds the token and other parameters in the fragment', () => {
		expect(quizTokenOf(`#q=${token}&key=1`)).toBe(token);
		expect(quizTokenOf(`q=${token}`)).toBe(token);
		expect(fragmentParameters(`#q=${token}&key=1`).get('key')).toBe('1');
		expect(quizTokenOf('')).toBe(null);
		expect(quizTokenOf('#q=')).toBe(null);
		expect(quizTokenOf('#key=1')).toBe(null);
	});
});

describe('openClassQuiz', () => {
	it('opens a valid link as its quiz', () => {
		const opened = openClassQuiz(token, app);
		if (opened.kind !== 'opened') throw new Error(opened.reason);
		expect(opened.quiz.spec).toEqual(spec);
		expect(opened.quiz.items.map((item) => item.question.id)).toEqual(spec.questionIds);
	});

	it('refuses a missing, tampered, truncated or out-of-date link with its reason', () => {
		const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
		expect(openClassQuiz(null, app)).toMatchObject({ kind: 'refused', reason: 'missing' });
		expect(openClassQuiz(flipped, app)).toMatchObject({ kind: 'refused', reason: 'checksum' });
		expect(openClassQuiz(token.slice(0, -5), app)).toMatchObject({ kind: 'refused' });
		expect(openClassQuiz('not a token!', app)).toMatchObject({ kind: 'refused', reason: 'malformed' });
		const old = encodeQuizLink(
			{ ...spec, contentVersion: 'old0001' },
			questions.map((question) => question.id)
		);
		expect(openClassQuiz(old, app)).toEqual({
			kind: 'refused',
			reason: 'content-version',
			linkContentVersion: 'old0001'
		});
	});
});
