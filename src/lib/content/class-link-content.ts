import type { ArticlePack } from '$lib/domain/pack/format';
import { packPayloadOf } from '$lib/domain/pack/fragment';
import { quizTokenOf } from '$lib/domain/quiz/address';
import type { Problem } from '$lib/domain/validation/problems';
import { reportError } from '$lib/platform/report';
import { linkContentOrNull, type LinkContent } from './link-content';

// The content a class page opens its link in: the app's own (fetched), or the article pack the link carries
// (#q=<token>&pack=<payload>), decoded and validated completely. The pack's decoder loads only for such a link.

/** The pack a link carried: read, or refused with the first problem (nothing else happens with it). */
export type PackInLink = { ok: true; pack: ArticlePack } | { ok: false; problem: Problem };

export type ClassLinkContent = {
	/** The content to open the quiz in; null when it could not be fetched or the link's pack was refused. */
	catalog: LinkContent | null;
	/** Present only when the link carries a pack. */
	packInLink?: PackInLink;
};

/** The content a class link's fragment opens in; never throws. */
export async function classLinkContent(
	fetcher: typeof fetch,
	hash: string,
	options: { article?: boolean } = {}
): Promise<ClassLinkContent> {
	const payload = packPayloadOf(hash);
	if (payload === null) return { catalog: await linkContentOrNull(fetcher, quizTokenOf(hash), options) };
	let modules: [typeof import('$lib/domain/pack/link'), typeof import('./pack-share')];
	try {
		modules = await Promise.all([import('$lib/domain/pack/link'), import('./pack-share')]);
	} catch (error) {
		// Offline, or a newer version of the app was deployed: the page says the content could not be loaded
		// (its pages wait for this promise, so a rejection would leave them "Loading…" for good).
		reportError('Loading the reader of a class link’s pack', error);
		return { catalog: null };
	}
	const [{ decodePackLink }, { packLinkContentToGrade }] = modules;
	const decoded = await decodePackLink(payload);
	if (!decoded.ok) {
		return {
			catalog: null,
			packInLink: { ok: false, problem: decoded.problems[0] ?? { path: '', code: 'link-empty' } }
		};
	}
	// Its typed answers grade in either script, as the built-in ones do (the map loads after the page if not kept).
	const catalog = packLinkContentToGrade(decoded.pack);
	return { catalog, packInLink: { ok: true, pack: decoded.pack } };
}
