// Writing a quiz address's fragment needs none of the link's decoding: kept apart from it, so that every page's
// links (src/lib/i18n/paths.ts) do not carry the quiz link's codec.

/** The fragment parameter holding a quiz link token: `#q=<token>`. */
export const quizLinkParameter = 'q';
/** The fragment parameter naming one stored attempt to show: `#q=<token>&attempt=<id>`. */
export const attemptParameter = 'attempt';
/** The fragment parameter that turns a worksheet into its answer key: `#q=<token>&key=1`. */
export const answerKeyParameter = 'key';

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
