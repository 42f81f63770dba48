import { fragmentParameters, openClassQuiz, quizTokenOf } from '../classroom/open-link';
import { quizLinkParameter, type QuizLinkErrorReason } from '../classroom/quiz-link';
import type { Question } from '../question';
import type { QuizItem, QuizSpec } from './spec';

/** The fragment parameter naming one stored attempt to show: `#q=<token>&attempt=<id>`. */
export const attemptParameter = 'attempt';

/** The quiz an address fragment holds: none, refused with the reason to explain, or opened. */
export type OpenedQuiz =
	| { kind: 'none' }
	| { kind: 'refused'; reason: QuizLinkErrorReason }
	| { kind: 'opened'; token: string; spec: QuizSpec; items: QuizItem[]; attemptId: number | undefined };

/** The fragment of a quiz address, with an optional attempt to show. */
export function quizFragment(token: string, attemptId?: number): string {
	return attemptId === undefined
		? `${quizLinkParameter}=${token}`
		: `${quizLinkParameter}=${token}&${attemptParameter}=${attemptId}`;
}

/**
 * Reads the quiz in an address fragment ("#q=<token>", optionally "&attempt=<id>") against this app's catalog.
 * Never throws for a bad link: a damaged or out-of-date link becomes a reason to explain, not a broken page.
 */
export function openQuizFragment(
	hash: string,
	catalog: { version: string; questions: readonly Question[] }
): OpenedQuiz {
	const opened = openClassQuiz(quizTokenOf(hash), catalog);
	if (opened.kind === 'refused') {
		return opened.reason === 'missing' ? { kind: 'none' } : { kind: 'refused', reason: opened.reason };
	}
	const attempt = Number(fragmentParameters(hash).get(attemptParameter));
	const attemptId = Number.isSafeInteger(attempt) && attempt > 0 ? attempt : undefined;
	return { kind: 'opened', token: opened.token, spec: opened.quiz.spec, items: opened.quiz.items, attemptId };
}
