import { describe, expect, it } from 'vitest';
import { questionId, type DeckId } from '$lib/domain/ids';
import {
	isAnswerCorrect,
	newQuizAttempt,
	nextUnanswered,
	type QuizAnswer,
	type QuizAttempt
} from '$lib/domain/quiz/attempt';
import { deckTrends, retrySpec, scoreAttempt, wrongQuestionIds } from '$lib/domain/quiz/results';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { deckA, deckB, questionsById } from './fixtures';

const spec: QuizSpec = {
	contentVersion: 'v1',
	questionIds: ['a-cloze-1', 'a-true-false-1', 'b-cloze-1', 'b-matching-1'].map(questionId),
	order: 'as-picked',
	seed: 'seed',
	mode: 'test',
	timeLimitSeconds: 600
};
const asked = spec.questionIds.map((id) => questionsById.get(id)!);

function answer(id: string, correct: boolean): QuizAnswer {
	const question = questionsById.get(id)!;
	return {
		questionId: question.id,
		deckId: question.deckId,
		response: { kind: 'cloze', text: 'x' },
		grade: correct ? { kind: 'correct' } : { kind: 'wrong' },
		correct,
		answeredAtMs: 1,
		durationMs: 1,
		reviewId: null
	};
}

function attempt(
	finishedAtMs: number,
	right: string[],
	answered = spec.questionIds as string[]
): QuizAttempt {
	return {
		...newQuizAttempt({ token: 't', spec, origin: 'self' }, asked, finishedAtMs - 60_000),
		finishedAtMs,
		endedBy: 'completed',
		answers: answered.map((id) => answer(id, right.includes(id)))
	};
}

describe('an attempt’s results', () => {
	it('scores right answers only; unanswered questions count as wrong', () => {
		const partly = attempt(1000, ['a-cloze-1'], ['a-cloze-1', 'a-true-false-1']);
		expect(scoreAttempt(partly)).toEqual({ correct: 1, answered: 2, total: 4, percent: 25 });
		expect(wrongQuestionIds(partly)).toEqual(['a-true-false-1', 'b-cloze-1', 'b-matching-1']);
	});

	it('counts a near miss as wrong and a flashcard by the learner’s own verdict', () => {
		expect(isAnswerCorrect({ kind: 'near-miss', expected: 'Astana' })).toBe(false);
		expect(isAnswerCorrect({ kind: 'wrong', partial: 0.5 })).toBe(false);
		expect(isAnswerCorrect({ kind: 'self-graded' }, true)).toBe(true);
		expect(isAnswerCorrect({ kind: 'self-graded' }, false)).toBe(false);
	});

	it('resumes at the first question not answered', () => {
		const draft = newQuizAttempt({ token: 't', spec, origin: 'self' }, asked, 0);
		expect(draft.deckIds).toEqual([deckA, deckB]);
		expect(nextUnanswered(draft)).toBe(0);
		expect(
			nextUnanswered({ ...draft, answers: [answer('a-cloze-1', true), answer('b-cloze-1', false)] })
		).toBe(1);
		expect(nextUnanswered(attempt(1, []))).toBe(4);
	});

	it('retries the wrong ones in the same mode, with a new seed and a time limit in proportion', () => {
		const retry = retrySpec(spec, [questionId('b-cloze-1')], 'newSeed');
		expect(retry).toEqual({ ...spec, questionIds: ['b-cloze-1'], seed: 'newSeed', timeLimitSeconds: 180 });
		expect(
			retrySpec({ ...spec, timeLimitSeconds: null }, [questionId('b-cloze-1')], 's').timeLimitSeconds
		).toBeNull();
	});
});

describe('deckTrends', () => {
	it('gives each deck its share right per attempt, oldest first, and the change over the points shown', () => {
		const attempts = [
			attempt(3000, ['a-cloze-1', 'a-true-false-1', 'b-cloze-1']),
			attempt(1000, []),
			attempt(2000, ['a-cloze-1'])
		];
		const trends = deckTrends(attempts, 10);
		const byDeck = (deck: DeckId) => trends.find((trend) => trend.deckId === deck)!;
		expect(byDeck(deckA).points.map((point) => point.percent)).toEqual([0, 50, 100]);
		expect(byDeck(deckA).change).toBe(100);
		expect(byDeck(deckB).points.map((point) => [point.correct, point.total])).toEqual([
			[0, 2],
			[0, 2],
			[1, 2]
		]);
		expect(byDeck(deckB).change).toBe(50);
	});

	it('keeps only the latest attempts, skips unfinished ones, and has no change with one point', () => {
		const attempts = [
			attempt(1000, []),
			attempt(2000, ['a-cloze-1']),
			{ ...attempt(3000, []), finishedAtMs: 0 }
		];
		const [a] = deckTrends(attempts, 1);
		expect(a!.points).toEqual([{ finishedAtMs: 2000, correct: 1, total: 2, percent: 50 }]);
		expect(a!.change).toBeNull();
	});

	it('leaves out decks the attempts did not ask about', () => {
		const onlyA: QuizAttempt = {
			...attempt(1000, []),
			questions: [{ questionId: questionId('a-cloze-1'), deckId: deckA }]
		};
		expect(deckTrends([onlyA], 5).map((trend) => trend.deckId)).toEqual([deckA]);
	});
});
