import { describe, expect, it } from 'vitest';
import { encodeQuizLink } from '$lib/domain/quiz/quiz-link';
import { questionId } from '$lib/domain/ids';
import { openQuizFragment, quizFragment } from '$lib/domain/quiz/address';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { questions } from './fixtures';

const catalog = { version: 'v1', questions };
const spec: QuizSpec = {
	contentVersion: 'v1',
	questionIds: ['a-cloze-1', 'b-matching-2', 'a-flashcard-3'].map(questionId),
	order: 'shuffled',
	seed: 'abc',
	mode: 'practice',
	timeLimitSeconds: null
};
const token = encodeQuizLink(
	spec,
	questions.map((question) => question.id)
);

describe('openQuizFragment', () => {
	it('opens the quiz in "#q=<token>", with the attempt to show when named', () => {
		const opened = openQuizFragment(`#${quizFragment(token, { attemptId: 7 })}`, catalog);
		expect(opened.kind).toBe('opened');
		if (opened.kind !== 'opened') return;
		expect(opened.spec).toEqual(spec);
		expect(opened.attemptId).toBe(7);
		expect(opened.items.map((item) => item.question.id).sort()).toEqual([...spec.questionIds].sort());
		expect(openQuizFragment(quizFragment(token), catalog)).toMatchObject({
			kind: 'opened',
			attemptId: undefined
		});
	});

	it('says there is no quiz when the fragment has none', () => {
		expect(openQuizFragment('', catalog)).toEqual({ kind: 'none' });
		expect(openQuizFragment('#x=1', catalog)).toEqual({ kind: 'none' });
	});

	it('refuses a tampered or out-of-date link with the reason, never throwing', () => {
		const tampered = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
		expect(openQuizFragment(`#q=${tampered}`, catalog)).toEqual({
			kind: 'refused',
			reason: 'checksum',
			linkContentVersion: null
		});
		expect(openQuizFragment('#q=%%%', catalog)).toEqual({
			kind: 'refused',
			reason: 'malformed',
			linkContentVersion: null
		});
		// The link's own content version comes along, so the page can tell a link from a newer deploy.
		expect(openQuizFragment(`#q=${token}`, { ...catalog, version: 'v2' })).toEqual({
			kind: 'refused',
			reason: 'content-version',
			linkContentVersion: catalog.version
		});
	});
});
