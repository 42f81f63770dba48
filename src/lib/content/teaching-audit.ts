// Checks that the decks teach the article's argument rather than its inventory. Each returns readable findings;
// an empty list means the content passes. The thresholds and why they were chosen are in questions/README.md.
import type { ArgumentMap } from '$lib/domain/argument';
import { isReasoningAngle, type Deck, type Question } from '$lib/domain/question';
import { answerSignature } from './audit';
import { allQuestions, type Catalog } from './catalog';

/** Every claim is asked from at least three angles, one of them a why or a connection. */
export const minimumAnglesPerClaim = 3;
/** At least this share of all questions reason with the article (any angle but recall). */
export const minimumReasoningShare = 0.4;
/** At most this many questions draw mainly (their first source) on one photo caption. */
export const maximumQuestionsPerCaption = 2;
/** True/false is at most this share of each deck. */
export const maximumTrueFalseShare = 0.15;
/** No concept (claim + angle + answer) is asked more often than this in the whole set. */
export const maximumAsksPerConcept = 2;

/** Claims asked from too few angles, or from none that makes the learner explain or connect. */
export function claimsLackingAngles(catalog: Catalog, map: ArgumentMap): string[] {
	const questions = allQuestions(catalog);
	return map.claims.flatMap((claim) => {
		const angles = new Set(
			questions.filter((q) => q.claimId === claim.id).flatMap((q) => (q.angle ? [q.angle] : []))
		);
		const problems: string[] = [];
		if (angles.size < minimumAnglesPerClaim) {
			problems.push(
				`${angles.size} angle${angles.size === 1 ? '' : 's'} (${[...angles].join(', ') || 'none'}), needs ${minimumAnglesPerClaim}`
			);
		}
		if (!angles.has('why') && !angles.has('connect')) problems.push('no why or connect question');
		return problems.length > 0 ? [`claim ${claim.id}: ${problems.join('; ')}`] : [];
	});
}

/** The share of questions whose angle is reasoning rather than recall (questions without an angle count as recall). */
export function reasoningShare(questions: readonly Question[]): number {
	if (questions.length === 0) return 0;
	return (
		questions.filter((question) => question.angle && isReasoningAngle(question.angle)).length /
		questions.length
	);
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** A finding when fewer than the minimum share of all questions are reasoning. */
export function tooLittleReasoning(catalog: Catalog): string[] {
	const share = reasoningShare(allQuestions(catalog));
	return share < minimumReasoningShare
		? [`${percent(share)} of questions are reasoning, needs at least ${percent(minimumReasoningShare)}`]
		: [];
}

/** Captions that more than the maximum number of questions draw on mainly (as their first source). */
export function overusedCaptions(catalog: Catalog): string[] {
	const captions = new Set(
		catalog.article.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.id as string)
	);
	const byCaption = new Map<string, string[]>();
	for (const question of allQuestions(catalog)) {
		const paragraphId = question.sources[0].location.paragraphId;
		if (captions.has(paragraphId))
			byCaption.set(paragraphId, [...(byCaption.get(paragraphId) ?? []), question.id]);
	}
	return [...byCaption]
		.filter(([, ids]) => ids.length > maximumQuestionsPerCaption)
		.map(
			([paragraphId, ids]) =>
				`caption ${paragraphId}: ${ids.length} questions (${ids.join(', ')}), at most ${maximumQuestionsPerCaption}`
		);
}

/** Decks where true/false questions are more than the maximum share. */
export function trueFalseOverShare(decks: readonly Deck[]): string[] {
	return decks.flatMap((deck) => {
		const count = deck.questions.filter((question) => question.kind === 'true-false').length;
		const share = deck.questions.length === 0 ? 0 : count / deck.questions.length;
		return share > maximumTrueFalseShare
			? [
					`${deck.id}: ${count} of ${deck.questions.length} questions are true/false (${percent(share)}), at most ${percent(maximumTrueFalseShare)}`
				]
			: [];
	});
}

/**
 * Concepts asked more often than allowed. A concept is a claim, an angle and an answer (what the learner must
 * produce or pick, wording, punctuation and question kind aside), so the same fact asked as a cloze and as a
 * choice counts twice however differently the prompts are worded.
 */
export function conceptsAskedTooOften(catalog: Catalog): string[] {
	const byConcept = new Map<string, string[]>();
	for (const question of allQuestions(catalog)) {
		const key = `${question.claimId ?? '-'} · ${question.angle ?? '-'} · ${answerSignature(question)}`;
		byConcept.set(key, [...(byConcept.get(key) ?? []), question.id]);
	}
	return [...byConcept]
		.filter(([, ids]) => ids.length > maximumAsksPerConcept)
		.map(([key, ids]) => `${ids.length} questions ask ${key}: ${ids.join(', ')}`);
}
