import { attemptParameter, quizLinkParameter } from './fragment';
import { openQuizLink, type QuizLinkCatalog, type QuizLinkErrorReason } from './quiz-link';
import type { QuizItem, QuizSpec } from './spec';

export { answerKeyParameter, attemptParameter, quizFragment } from './fragment';

/** The quiz an address fragment holds: none, refused with the reason to explain, or opened. */
export type OpenedQuiz =
	| { kind: 'none' }
	| { kind: 'refused'; reason: QuizLinkErrorReason; linkContentVersion: string | null }
	| { kind: 'opened'; token: string; spec: QuizSpec; items: QuizItem[]; attemptId: number | undefined };

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
 * Reads the quiz in an address fragment ("#q=<token>", optionally "&attempt=<id>") against this app's catalog.
 * Never throws for a bad link: a damaged or out-of-date link becomes a reason to explain, not a broken page.
 */
export function openQuizFragment(hash: string, catalog: QuizLinkCatalog): OpenedQuiz {
	const opened = openQuizLink(quizTokenOf(hash), catalog);
	if (opened.kind === 'refused') {
		return opened.reason === 'missing'
			? { kind: 'none' }
			: { kind: 'refused', reason: opened.reason, linkContentVersion: opened.linkContentVersion };
	}
	const attempt = Number(fragmentParameters(hash).get(attemptParameter));
	const attemptId = Number.isSafeInteger(attempt) && attempt > 0 ? attempt : undefined;
	return { kind: 'opened', token: opened.token, spec: opened.spec, items: opened.items, attemptId };
}
