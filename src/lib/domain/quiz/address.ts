import { openQuizLink, quizLinkParameter, type QuizLinkCatalog, type QuizLinkErrorReason } from './quiz-link';
import type { QuizItem, QuizSpec } from './spec';

/** The fragment parameter naming one stored attempt to show: `#q=<token>&attempt=<id>`. */
export const attemptParameter = 'attempt';
/** The fragment parameter that turns a worksheet into its answer key: `#q=<token>&key=1`. */
export const answerKeyParameter = 'key';

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
 * The fragment (without "#") of a quiz address: the token, then an attempt to show or the answer key. The one
 * place a quiz fragment is written; the token is base64url, so nothing needs escaping.
 */
export function quizFragment(token: string, extra: { attemptId?: number; answerKey?: boolean } = {}): string {
	let fragment = `${quizLinkParameter}=${token}`;
	if (extra.attemptId !== undefined) fragment += `&${attemptParameter}=${extra.attemptId}`;
	if (extra.answerKey) fragment += `&${answerKeyParameter}=1`;
	return fragment;
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
