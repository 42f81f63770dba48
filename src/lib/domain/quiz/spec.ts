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
	/** What a class link allows once a student hands in; absent (older links, personal quizzes): openHandIn. */
	handIn?: HandInPolicy;
};

/** What a student sees after handing in: the score (and result code) only, or also each question reviewed. */
export const afterHandInViews = ['score', 'review'] as const;
export type AfterHandInView = (typeof afterHandInViews)[number];

/** A class link's rules for a finished attempt. */
export type HandInPolicy = {
	afterHandIn: AfterHandInView;
	/** Whether a device that handed in may start a new attempt (and so make a second code). */
	retake: boolean;
};

/** The rules of a link that states none: the full review and a retake, as every link before format 2. */
export const openHandIn: HandInPolicy = { afterHandIn: 'review', retake: true };

/** The hand-in rules a quiz follows. */
export const handInPolicy = (spec: Pick<QuizSpec, 'handIn'>): HandInPolicy => spec.handIn ?? openHandIn;

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
