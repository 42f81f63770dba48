import { describe, expect, it } from 'vitest';
import { buildClassResults } from '$lib/domain/classroom/class-results';
import {
	classroomQuiz,
	encodeResultCode,
	type ClassroomQuiz,
	type ResultAnswer
} from '$lib/domain/classroom/result-code';
import { compareRounds, suggestNextRoundMs, type RoundResults } from '$lib/domain/classroom/rounds';
import { correctAnswer, questionsById, specOf } from './fixtures';

// One quiz over three scored questions, run twice: round 2 has another seed, so its questions come in another order.
const ids = ['c-single', 'c-true-false', 'c-cloze'];
const roundQuiz = (seed: string): ClassroomQuiz => classroomQuiz(specOf(seed, ids as never), questionsById);
const round1 = roundQuiz('round-one');
const round2 = roundQuiz('round-two');
const dayMs = 86_400_000;
const startMs = Date.UTC(2026, 2, 2, 9);

/** A code whose answers are right for the questions (by id) listed in rightIds, wrong for the others. */
function code(quiz: ClassroomQuiz, studentName: string, rightIds: readonly string[]): string {
	const answers = quiz.items.map(({ question }): ResultAnswer => {
		if (rightIds.includes(question.id)) return correctAnswer(question);
		if (question.kind === 'true-false') return { kind: 'true-false', answer: !question.answer };
		if (question.kind === 'single-choice')
			return { kind: 'single-choice', selected: question.options.findIndex((o) => !o.correct) };
		return { kind: 'unanswered' };
	});
	return encodeResultCode({ studentName, deviceTag: null, answers, elapsedSeconds: 60 }, quiz);
}

const results = (quiz: ClassroomQuiz, codes: string[]) => buildClassResults(codes.join('\n'), quiz);

describe('comparing rounds of a class quiz', () => {
	it('matches questions by id and students by name, and counts what was kept and lost', () => {
		expect(round2.items.map((item) => item.question.id)).not.toEqual(
			round1.items.map((item) => item.question.id)
		);
		const rounds: RoundResults[] = [
			{
				roundNumber: 1,
				startedAtMs: startMs,
				results: results(round1, [
					code(round1, 'Alice', ['c-single', 'c-true-false']),
					code(round1, 'Bob', ['c-cloze']),
					code(round1, 'Only once', ['c-single', 'c-true-false']),
					code(round1, 'Dana', ['c-single'])
				])
			},
			{
				roundNumber: 2,
				startedAtMs: startMs + 7 * dayMs,
				results: results(round2, [
					code(round2, 'alice', ['c-single', 'c-cloze']),
					code(round2, 'Bob', ['c-cloze', 'c-true-false'])
				])
			}
		];
		const comparison = compareRounds(rounds);
		expect(comparison.compared).toEqual({ before: 1, after: 2 });
		expect(comparison.maxScore).toBe(3);
		const single = comparison.questions.find((question) => question.questionId === 'c-single')!;
		expect(single.percentCorrect).toEqual([75, 50]);
		expect(single.retention).toEqual({ retained: 1, forgotten: 0, learned: 0, stillMissed: 1 });
		const trueFalse = comparison.questions.find((question) => question.questionId === 'c-true-false')!;
		expect(trueFalse.percentCorrect).toEqual([50, 50]);
		expect(
			comparison.questions.find((question) => question.questionId === 'c-cloze')!.percentCorrect
		).toEqual([25, 100]);
		expect(trueFalse.retention).toEqual({ retained: 0, forgotten: 1, learned: 1, stillMissed: 0 });

		const alice = comparison.students.find((student) => student.name === 'Alice')!;
		expect(alice.scores).toEqual([2, 2]);
		expect(alice.retention).toEqual({ retained: 1, forgotten: 1, learned: 1, stillMissed: 0 });
		const absent = comparison.students.find((student) => student.name === 'Only once')!;
		expect(absent.scores).toEqual([2, null]);
		expect(absent.retention).toEqual({ retained: 0, forgotten: 0, learned: 0, stillMissed: 0 });
		// Class totals: every answer of the students present in both rounds (2 students × 3 questions).
		const total = comparison.retention;
		expect(total.retained + total.forgotten + total.learned + total.stillMissed).toBe(6);
		expect(total).toEqual({ retained: 2, forgotten: 1, learned: 2, stillMissed: 1 });
	});

	it('compares nothing while only one round has codes', () => {
		const comparison = compareRounds([
			{ roundNumber: 1, startedAtMs: startMs, results: results(round1, [code(round1, 'Alice', ids)]) },
			{ roundNumber: 2, startedAtMs: startMs + dayMs, results: null }
		]);
		expect(comparison.compared).toBeNull();
		expect(comparison.questions.map((question) => question.percentCorrect)).toEqual(
			ids.map(() => [100, null])
		);
		expect(comparison.retention).toEqual({ retained: 0, forgotten: 0, learned: 0, stillMissed: 0 });
	});
});

describe('suggesting the next round', () => {
	const oneRound = (rightIds: string[]): RoundResults[] => [
		{
			roundNumber: 1,
			startedAtMs: startMs,
			results: results(round1, [code(round1, 'Alice', rightIds), code(round1, 'Bob', rightIds)])
		}
	];

	it('is null without codes', () => {
		expect(suggestNextRoundMs([{ roundNumber: 1, startedAtMs: startMs, results: null }], 0)).toBeNull();
	});

	it('comes later for a class that remembered than for one that forgot, and never the same day', () => {
		const remembered = suggestNextRoundMs(oneRound(ids), 0)!;
		const forgot = suggestNextRoundMs(oneRound([]), 0)!;
		expect(forgot).toBeGreaterThanOrEqual(startMs + dayMs);
		expect(remembered).toBeGreaterThan(forgot);
	});

	it('spaces rounds further apart once the class recalled the questions twice', () => {
		const first = suggestNextRoundMs(oneRound(ids), 0)!;
		const second = suggestNextRoundMs(
			[
				...oneRound(ids),
				{
					roundNumber: 2,
					startedAtMs: first,
					results: results(round2, [code(round2, 'Alice', ids), code(round2, 'Bob', ids)])
				}
			],
			0
		)!;
		expect(second - first).toBeGreaterThan(first - startMs);
	});
});
