import type { Question } from '../question';
import type { QuizSpec } from '../quiz/spec';
import {
	decodeQuizLink,
	encodeQuizLink,
	QuizLinkError,
	quizLinkParameter,
	type QuizLinkErrorReason
} from './quiz-link';
import { classroomQuiz, type ClassroomQuiz } from './result-code';

/** Why a classroom page cannot show its quiz: the link's own reasons, or no quiz in the address at all. */
export type QuizLinkProblem = QuizLinkErrorReason | 'missing';

/** A classroom page's quiz, read from its address: opened, or refused with the reason to explain. */
export type OpenedClassQuiz =
	| { kind: 'opened'; token: string; quiz: ClassroomQuiz }
	| { kind: 'refused'; reason: QuizLinkProblem; linkContentVersion: string | null };

/** The parameters of an address fragment such as "#q=<token>&key=1" (the leading "#" is optional). */
export function fragmentParameters(hash: string): URLSearchParams {
	return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

/** The quiz link token in an address fragment, or null when there is none. */
export function quizTokenOf(hash: string): string | null {
	const token = fragmentParameters(hash).get(quizLinkParameter)?.trim();
	return token ? token : null;
}

/**
 * The quiz a token defines in this catalog, or the reason it cannot be opened. Never throws for a bad link:
 * a tampered, truncated or out-of-date link must become a message, not a broken page.
 */
export function openClassQuiz(
	token: string | null,
	catalog: { version: string; questions: readonly Question[] }
): OpenedClassQuiz {
	if (token === null) return { kind: 'refused', reason: 'missing', linkContentVersion: null };
	const questionsById = new Map(catalog.questions.map((question) => [question.id as string, question]));
	try {
		const spec = decodeQuizLink(token, { version: catalog.version, questionIds: [...questionsById.keys()] });
		return { kind: 'opened', token, quiz: classroomQuiz(spec, questionsById) };
	} catch (error) {
		if (error instanceof QuizLinkError)
			return { kind: 'refused', reason: error.reason, linkContentVersion: error.linkContentVersion };
		throw error;
	}
}

/** The link token of a quiz over these questions (all of the catalog's): the inverse of openClassQuiz. */
export function quizLinkToken(spec: QuizSpec, questions: readonly Question[]): string {
	return encodeQuizLink(
		spec,
		questions.map((question) => question.id)
	);
}
