// Two devices' progress, united: the review logs are joined (the same review counted once) and every card is
// rebuilt by replaying the joined log, so merging a phone into a laptop or a laptop into a phone gives the same.
import type { DeckId, QuestionId } from '../ids';
import type { CardState, ReviewEntry } from './card';
import { replayCard } from './replay';
import type { Scheduler } from './scheduler';

/**
 * What makes two log entries the same review: the card, the millisecond and the rating. Stored entries carry no
 * id of their own that survives a backup, and one card is never rated twice in the same millisecond.
 */
export const reviewKey = (entry: ReviewEntry) =>
	`${entry.questionId}\u0000${entry.reviewedAtMs}\u0000${entry.rating}`;

/** How many reviews only one side has, and how many both have. */
export type MergeCounts = { theirsOnly: number; oursOnly: number; shared: number };

export function mergeCounts(ours: readonly ReviewEntry[], theirs: readonly ReviewEntry[]): MergeCounts {
	const ourKeys = new Set(ours.map(reviewKey));
	const theirKeys = new Set(theirs.map(reviewKey));
	let shared = 0;
	for (const key of theirKeys) if (ourKeys.has(key)) shared++;
	return { theirsOnly: theirKeys.size - shared, oursOnly: ourKeys.size - shared, shared };
}

/** The fields of an entry in a fixed order, to choose between two copies of one review the same way each time. */
const canonical = (entry: ReviewEntry) =>
	JSON.stringify([entry.deckId, entry.phaseBefore, entry.durationMs, entry.clockShiftMinutes, entry.origin]);

/** Both logs as one, each review once, oldest first (ties in key order): the same whichever side is "ours". */
export function mergeLogs(ours: readonly ReviewEntry[], theirs: readonly ReviewEntry[]): ReviewEntry[] {
	const byKey = new Map<string, ReviewEntry>();
	for (const entry of [...ours, ...theirs]) {
		const key = reviewKey(entry);
		const kept = byKey.get(key);
		if (!kept || canonical(entry) < canonical(kept)) byKey.set(key, entry);
	}
	return [...byKey.entries()]
		.sort(
			([keyA, a], [keyB, b]) => a.reviewedAtMs - b.reviewedAtMs || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0)
		)
		.map(([, entry]) => entry);
}

/** Of two copies of a card with no log, the one reviewed last (then a fixed order), whichever side it is on. */
function laterCard(a: CardState | undefined, b: CardState | undefined): CardState | undefined {
	if (!a || !b) return a ?? b;
	const last = (card: CardState) => card.lastReviewAtMs ?? -Infinity;
	if (last(a) !== last(b)) return last(a) > last(b) ? a : b;
	return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

export type Progress = { cards: readonly CardState[]; reviews: readonly ReviewEntry[] };

/**
 * The merged progress: the joined log, and each card replayed from it (with this scheduler). A card that is
 * suspended, or buried, on either side stays so; a card whose log ends in a reset is new again (no card).
 */
export function mergeProgress(ours: Progress, theirs: Progress, scheduler: Scheduler): Progress {
	const reviews = mergeLogs(ours.reviews, theirs.reviews);
	const logs = new Map<string, ReviewEntry[]>();
	for (const entry of reviews) {
		const list = logs.get(entry.questionId);
		if (list) list.push(entry);
		else logs.set(entry.questionId, [entry]);
	}
	const ourCards = new Map(ours.cards.map((card) => [card.questionId as string, card]));
	const theirCards = new Map(theirs.cards.map((card) => [card.questionId as string, card]));
	const cards: CardState[] = [];
	for (const id of [...new Set([...ourCards.keys(), ...theirCards.keys(), ...logs.keys()])].sort()) {
		const mine = ourCards.get(id);
		const other = theirCards.get(id);
		const log = logs.get(id);
		const deckId = (log?.[0]?.deckId ?? mine?.deckId ?? other!.deckId) as DeckId;
		const replayed = log ? replayCard(scheduler, id as QuestionId, deckId, log) : laterCard(mine, other);
		if (!replayed) continue;
		cards.push({
			...replayed,
			suspended: Boolean(mine?.suspended || other?.suspended),
			buriedUntilMs: Math.max(mine?.buriedUntilMs ?? 0, other?.buriedUntilMs ?? 0, replayed.buriedUntilMs)
		});
	}
	return { cards, reviews };
}
