import type { SourceLocation } from './article';
import type { ClaimId, HolderId, ParagraphId, PartId } from './ids';
import type { Bilingual } from './language';

/**
 * Who holds a claim: the author's own analysis, a fact the article reports, or an actor's position (Moscow,
 * Beijing, a Central Asian government, the protesters...). An article's map names its own holders.
 */
export const holderKinds = ['analysis', 'fact', 'actor'] as const;
export type HolderKind = (typeof holderKinds)[number];
export type Holder = { id: HolderId; kind: HolderKind; name: Bilingual };

/** A verbatim quote of the article that bears out a claim, located like a question's source, with its English. */
export type Evidence = { quote: string; en: string; location: SourceLocation };

/** One step of the article's argument. */
export type Claim = {
	id: ClaimId;
	/** The part of the article it belongs to (the map's sections, in reading order). */
	partId: PartId;
	statement: Bilingual;
	/** Usually one; a position two governments share names both. */
	holderIds: [HolderId, ...HolderId[]];
	evidence: [Evidence, ...Evidence[]];
	/** The paragraphs its evidence comes from, in reading order (derived from the evidence). */
	paragraphIds: ParagraphId[];
	/** The claim this one argues for, if any: the map is a tree under the thesis. */
	supports?: ClaimId;
};

export type ArgumentPart = { id: PartId; title: Bilingual };

/** The article's argument: its thesis, the claims that build it, grouped in parts, and who holds each. */
export type ArgumentMap = {
	thesis: ClaimId;
	parts: ArgumentPart[];
	holders: Holder[];
	claims: Claim[];
};

export function findClaim(map: ArgumentMap, id: string): Claim | undefined {
	return map.claims.find((claim) => claim.id === id);
}

/** The claims that argue directly for a claim, in map order. */
export function supportingClaims(map: ArgumentMap, id: ClaimId): Claim[] {
	return map.claims.filter((claim) => claim.supports === id);
}
