import type { QuestionId } from '../ids';
import type { Question } from '../question';
import { seedFrom, shuffle } from '../random';

export const quizModes = ['practice', 'test'] as const;
/** Practice: feedback after each answer. Test: feedback at the end. */
export type QuizMode = (typeof quizModes)[number];

/**
 * Everything that defines a quiz. A quiz is a pure function of its spec: the same spec gives the same
 * questions, order and option order on any device, which classroom links rely on.
 */
export type QuizSpec = {
	/** The catalog version the question ids refer to. */
	contentVersion: string;
	/** The chosen questions, in the order the builder picked them. */
	questionIds: QuestionId[];
	/** Keep the picked order, or shuffle it with the seed. */
	order: 'as-picked' | 'shuffled';
	seed: string;
	mode: QuizMode;
	/** Whole quiz time limit; null for none. */
	timeLimitSeconds: number | null;
};

/** One question of a quiz, with the seed that fixes its option order. */
export type QuizItem = { question: Question; seed: string };

/** The quiz a spec defines; ids missing from the catalog are left out (the caller checks the version first). */
export function quizItems(spec: QuizSpec, questionsById: ReadonlyMap<string, Question>): QuizItem[] {
	const ids =
		spec.order === 'shuffled' ? shuffle(spec.questionIds, seedFrom(spec.seed, 'order')) : spec.questionIds;
	return ids.flatMap((id) => {
		const question = questionsById.get(id);
		return question ? [{ question, seed: seedFrom(spec.seed, id) }] : [];
	});
}
