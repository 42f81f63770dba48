import { findClaim, type ArgumentMap, type Claim, type HolderKind } from '$lib/domain/argument';
import type { SourceLocation } from '$lib/domain/article';
import type { ClaimId, ParagraphId } from '$lib/domain/ids';
import type { Language } from '$lib/domain/language';
import type { QuestionAngle, QuestionKind } from '$lib/domain/question';
import { allQuestions, type Catalog } from './catalog';

// What the argument page and the links to it need, in the page's language only: each page is prerendered once per
// language, so carrying the other language would only make it heavier.

/** `number` is the claim's place on the page; the thesis, shown first, is number 0. */
export type ClaimReference = { id: ClaimId; number: number };

/** Claims numbered as the page shows them: the thesis 0, then the other claims part by part, in map order. */
export function claimNumbers(map: ArgumentMap): Map<string, number> {
	const ordered = map.parts.flatMap((part) =>
		map.claims.filter((claim) => claim.partId === part.id && claim.id !== map.thesis)
	);
	return new Map<string, number>([
		[map.thesis, 0],
		...ordered.map((claim, index) => [claim.id, index + 1] as const)
	]);
}

export type ClaimView = ClaimReference & {
	statement: string;
	holders: { id: string; kind: HolderKind; name: string }[];
	/** The claim this one argues for (none for the thesis), and those that argue for it. */
	supports?: ClaimReference;
	supportedBy: ClaimReference[];
	/** The article's words (always Chinese) and, on the English page, their English rendering. */
	evidence: { quote: string; en?: string; paragraphId: ParagraphId; paragraphNumber: number }[];
	paragraphs: { id: ParagraphId; number: number }[];
	questions: { id: string; angle?: QuestionAngle; kind: QuestionKind; prompt: string }[];
};

export type ArgumentView = {
	thesis: ClaimView;
	parts: { id: string; title: string; claims: ClaimView[] }[];
	claimCount: number;
	questionCount: number;
};

/** The argument map laid out for its page: the thesis, then each part's claims in map order, numbered. */
export function argumentView(map: ArgumentMap, catalog: Catalog, language: Language): ArgumentView {
	const numberOf = claimNumbers(map);
	const reference = (id: ClaimId): ClaimReference => ({ id, number: numberOf.get(id)! });
	const paragraphNumber = new Map(catalog.article.paragraphs.map((p) => [p.id as string, p.number]));
	const questions = allQuestions(catalog);
	const holders = new Map(map.holders.map((holder) => [holder.id as string, holder]));

	const view = (claim: Claim): ClaimView => ({
		...reference(claim.id),
		statement: claim.statement[language],
		holders: claim.holderIds.map((id) => {
			const holder = holders.get(id)!;
			return { id, kind: holder.kind, name: holder.name[language] };
		}),
		...(claim.supports ? { supports: reference(claim.supports) } : {}),
		supportedBy: map.claims
			.filter((other) => other.supports === claim.id)
			.map((other) => reference(other.id)),
		evidence: claim.evidence.map((item) => ({
			quote: item.quote,
			...(language === 'en' ? { en: item.en } : {}),
			paragraphId: item.location.paragraphId,
			paragraphNumber: paragraphNumber.get(item.location.paragraphId)!
		})),
		paragraphs: claim.paragraphIds.map((id) => ({ id, number: paragraphNumber.get(id)! })),
		questions: questions
			.filter((question) => question.claimId === claim.id)
			.map((question) => ({
				id: question.id,
				...(question.angle ? { angle: question.angle } : {}),
				kind: question.kind,
				prompt: question.prompt[language]
			}))
	});

	return {
		thesis: view(findClaim(map, map.thesis)!),
		parts: map.parts.map((part) => ({
			id: part.id,
			title: part.title[language],
			claims: map.claims.filter((claim) => claim.partId === part.id && claim.id !== map.thesis).map(view)
		})),
		claimCount: map.claims.length,
		questionCount: questions.filter((question) => question.claimId !== undefined).length
	};
}

/** The claims whose evidence quotes a paragraph, in map order, with their number and statement. */
export function claimsOfParagraph(
	map: ArgumentMap,
	paragraphId: string,
	language: Language
): (ClaimReference & { statement: string })[] {
	const numberOf = claimNumbers(map);
	return map.claims
		.filter((claim) => claim.paragraphIds.includes(paragraphId as ParagraphId))
		.map((claim) => ({ id: claim.id, number: numberOf.get(claim.id)!, statement: claim.statement[language] }))
		.sort((a, b) => a.number - b.number);
}

/** Where each claim's evidence lies in the article, for the reader's highlight (#claim-<id>). */
export function evidenceLocations(map: ArgumentMap): Record<string, SourceLocation[]> {
	return Object.fromEntries(
		map.claims.map((claim) => [claim.id, claim.evidence.map((item) => item.location)])
	);
}

/** The claim a question serves, numbered as on the argument page. */
export function claimOfQuestion(
	map: ArgumentMap,
	claimId: string | undefined,
	language: Language
): (ClaimReference & { statement: string }) | undefined {
	const claim = claimId === undefined ? undefined : findClaim(map, claimId);
	if (!claim) return undefined;
	return { id: claim.id, number: claimNumbers(map).get(claim.id)!, statement: claim.statement[language] };
}
