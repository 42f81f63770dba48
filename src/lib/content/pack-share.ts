import type { ArticlePack } from '$lib/domain/pack/format';
import { withPackPayload } from '$lib/domain/pack/fragment';
import { encodePackLink, linkFitsQrCode } from '$lib/domain/pack/link';
import { serializePack } from '$lib/domain/pack/parse';
import { packContentVersion, packFileName, packStudyDecks } from '$lib/domain/pack/share';
import { newQuizSeed, quizLinkToken } from '$lib/domain/quiz/quiz-link';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { questionStubs, type ContentIndex } from './content-index';
import type { LinkContent } from './link-content';

// What the share panel and the class pages make of a device article's pack: its file, its class link, and the
// catalog its quiz links count in. Loaded only where a pack is shared or opened.

/** The pack as the file a teacher downloads (the same JSON the library imports). */
export function packFile(pack: ArticlePack): { blob: Blob; fileName: string } {
	return {
		blob: new Blob([serializePack(pack, 1)], { type: 'application/json' }),
		fileName: packFileName(pack.article)
	};
}

/** A class link carrying the pack, and whether the whole link fits in one QR code (else: the link and the file). */
export async function classLinkWithPack(
	link: string,
	pack: ArticlePack
): Promise<{ link: string; fitsQrCode: boolean }> {
	const withPack = withPackPayload(link, await encodePackLink(pack));
	return { link: withPack, fitsQrCode: linkFitsQrCode(withPack) };
}

/**
 * The pack as the content index the class hub builds quizzes from: its decks in order under the ids this device
 * studies them by, its questions in pack order, under a content version that pins exactly this pack.
 */
export function packContentIndex(pack: ArticlePack): ContentIndex {
	return {
		version: packContentVersion(pack),
		articleDate: pack.article.date,
		paragraphs: pack.article.paragraphs.map(({ id, number }) => ({ id, number })),
		decks: packStudyDecks(pack).map((deck) => ({
			id: deck.id,
			order: deck.order,
			title: deck.title,
			description: deck.description,
			questions: questionStubs(deck)
		})),
		scriptMap: {}
	};
}

/** The pack as the content a class page opens a quiz link in: every question, every deck, the article. */
export function packLinkContent(pack: ArticlePack): LinkContent {
	const index = packContentIndex(pack);
	const decks = packStudyDecks(pack);
	return {
		version: index.version,
		stubs: decks.flatMap(questionStubs),
		decks,
		paragraphs: index.paragraphs,
		article: pack.article
	};
}

/** The same for a page that grades it: the pack's typed answers grade in either script (content/answer-script-maps.ts). */
export function packLinkContentToGrade(pack: ArticlePack): LinkContent {
	void import('./answer-script-maps').then(({ installPackScriptMap }) => installPackScriptMap(pack));
	return packLinkContent(pack);
}

/**
 * The class quiz a share panel offers when no quiz was built: every question a class can score (flashcards are
 * graded by the learner alone), shuffled, in practice mode, retakes allowed. `random` seeds the shuffle.
 */
export function packClassQuizToken(pack: ArticlePack, random: () => number): string | undefined {
	const index = packContentIndex(pack);
	const questions = index.decks.flatMap((deck) => deck.questions);
	const scored = questions.filter((question) => question.kind !== 'flashcard');
	if (scored.length === 0) return undefined;
	const spec: QuizSpec = {
		contentVersion: index.version,
		questionIds: scored.map((question) => question.id),
		order: 'shuffled',
		seed: newQuizSeed(random),
		mode: 'practice',
		timeLimitSeconds: null,
		handIn: { afterHandIn: 'review', retake: true }
	};
	return quizLinkToken(spec, questions);
}
