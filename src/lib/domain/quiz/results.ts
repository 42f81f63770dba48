import type { DeckId, QuestionId } from '../ids';
import type { QuizAttempt } from './attempt';
import type { QuizSpec } from './spec';

/** An attempt's score: unanswered questions count as wrong. */
export type QuizScore = { correct: number; answered: number; total: number; percent: number };

/** The score of an attempt. */
export function scoreAttempt(attempt: Pick<QuizAttempt, 'questions' | 'answers'>): QuizScore {
	const total = attempt.questions.length;
	const correct = attempt.answers.filter((answer) => answer.correct).length;
	return { correct, answered: attempt.answers.length, total, percent: percentOf(correct, total) };
}

/** A whole percentage; 0 of 0 is 0. */
export const percentOf = (part: number, whole: number) =>
	whole === 0 ? 0 : Math.round((part / whole) * 100);

/** The questions answered wrong or not at all, in the order asked. */
export function wrongQuestionIds(attempt: Pick<QuizAttempt, 'questions' | 'answers'>): QuestionId[] {
	const right = new Set<string>(attempt.answers.filter((a) => a.correct).map((a) => a.questionId));
	return attempt.questions.map((q) => q.questionId).filter((id) => !right.has(id));
}

/**
 * A quiz of the given questions in the same mode, with a new seed. A time limit shrinks with the quiz (the same
 * time per question, rounded up to a whole minute).
 */
export function retrySpec(spec: QuizSpec, questionIds: readonly QuestionId[], seed: string): QuizSpec {
	const perQuestionSeconds =
		spec.timeLimitSeconds === null ? null : spec.timeLimitSeconds / Math.max(1, spec.questionIds.length);
	return {
		...spec,
		questionIds: [...questionIds],
		seed,
		timeLimitSeconds:
			perQuestionSeconds === null
				? null
				: Math.max(60, Math.ceil((perQuestionSeconds * questionIds.length) / 60) * 60)
	};
}

/** One attempt's result for one deck's questions. */
export type TrendPoint = {
	finishedAtMs: number;
	correct: number;
	total: number;
	percent: number;
};

/** How the learner did on one deck's questions over their latest attempts, oldest first. */
export type DeckTrend = {
	deckId: DeckId;
	points: TrendPoint[];
	/** Percentage points from the first to the last point shown; null with a single point. */
	change: number | null;
};

/** Per deck, the last `limit` finished attempts' percentage on that deck's questions, oldest first. */
export function deckTrends(
	attempts: readonly Pick<QuizAttempt, 'questions' | 'answers' | 'finishedAtMs'>[],
	limit: number
): DeckTrend[] {
	const finished = attempts
		.filter((attempt) => attempt.finishedAtMs > 0)
		.sort((a, b) => a.finishedAtMs - b.finishedAtMs);
	const byDeck = new Map<DeckId, TrendPoint[]>();
	for (const attempt of finished) {
		const right = new Set<string>(attempt.answers.filter((a) => a.correct).map((a) => a.questionId));
		const tally = new Map<DeckId, { correct: number; total: number }>();
		for (const question of attempt.questions) {
			const entry = tally.get(question.deckId) ?? { correct: 0, total: 0 };
			entry.total++;
			if (right.has(question.questionId)) entry.correct++;
			tally.set(question.deckId, entry);
		}
		for (const [deckId, { correct, total }] of tally) {
			const points = byDeck.get(deckId) ?? [];
			points.push({ finishedAtMs: attempt.finishedAtMs, correct, total, percent: percentOf(correct, total) });
			byDeck.set(deckId, points);
		}
	}
	return [...byDeck].map(([deckId, all]) => {
		const points = all.slice(-Math.max(1, limit));
		const change = points.length < 2 ? null : points.at(-1)!.percent - points[0]!.percent;
		return { deckId, points, change };
	});
}
