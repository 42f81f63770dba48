import type { Grade } from '../grading';
import type { DeckId, QuestionId } from '../ids';
import type { Response } from '../response';
import type { QuizSpec } from './spec';

export const quizOrigins = ['self', 'class'] as const;
/** self: built by the learner; class: opened from a teacher's class link. */
export type QuizOrigin = (typeof quizOrigins)[number];

export const quizEndings = ['completed', 'time-up', 'stopped'] as const;
/** How an attempt ended: every question answered, the time limit ran out, or the learner stopped early. */
export type QuizEnding = (typeof quizEndings)[number];

/** One answered question of an attempt. */
export type QuizAnswer = {
	questionId: QuestionId;
	deckId: DeckId;
	response: Response;
	/** The grader's verdict; 'self-graded' for a flashcard. */
	grade: Grade;
	/** Counted right in the score: a correct grade, or a flashcard the learner said they knew. */
	correct: boolean;
	answeredAtMs: number;
	/** From the question appearing to the answer being given. */
	durationMs: number;
	/** The review log entry this answer recorded, or null when quiz answers do not count as reviews. */
	reviewId: number | null;
};

/** A quiz attempt, finished or in progress: what the learner's browser keeps of it. */
export type QuizAttempt = {
	/** The quiz link token: the quiz's full, shareable definition. */
	token: string;
	/** The token decoded, so history can be read without the catalog of the day. */
	spec: QuizSpec;
	origin: QuizOrigin;
	/** The questions in the order asked, with their decks (for the per-deck trend). */
	questions: { questionId: QuestionId; deckId: DeckId }[];
	/** The decks the questions come from, each once, in order of first appearance. */
	deckIds: DeckId[];
	startedAtMs: number;
	/** 0 while the attempt is in progress (IndexedDB cannot index null). */
	finishedAtMs: number;
	/** null while in progress. */
	endedBy: QuizEnding | null;
	/** In the order given, at most one per question. */
	answers: QuizAnswer[];
};

/** A new attempt at a quiz whose questions (in the order asked) are given. */
export function newQuizAttempt(
	quiz: { token: string; spec: QuizSpec; origin: QuizOrigin },
	questions: readonly { id: QuestionId; deckId: DeckId }[],
	startedAtMs: number
): QuizAttempt {
	const asked = questions.map((question) => ({ questionId: question.id, deckId: question.deckId }));
	return {
		token: quiz.token,
		spec: quiz.spec,
		origin: quiz.origin,
		questions: asked,
		deckIds: [...new Set(asked.map((question) => question.deckId))],
		startedAtMs,
		finishedAtMs: 0,
		endedBy: null,
		answers: []
	};
}

/** Whether an answer counts as right: a correct grade, or a flashcard the learner said they knew. */
export function isAnswerCorrect(grade: Grade, knewIt?: boolean): boolean {
	return grade.kind === 'correct' || (grade.kind === 'self-graded' && knewIt === true);
}

/** The position of the first question not yet answered, or the question count when all are. */
export function nextUnanswered(attempt: Pick<QuizAttempt, 'questions' | 'answers'>): number {
	const answered = new Set<string>(attempt.answers.map((answer) => answer.questionId));
	const index = attempt.questions.findIndex((question) => !answered.has(question.questionId));
	return index === -1 ? attempt.questions.length : index;
}
