import type { CardState, Phase, ReviewEntry } from '../scheduling/card';
import { dayMs } from '../scheduling/clock';

/** One line of a card's history: when, how it was rated, what state it was in, and the interval that followed. */
export type HistoryRow = {
	reviewedAtMs: number;
	rating: ReviewEntry['rating'];
	phaseBefore: Phase;
	/** Until the card was next due after this review (null after a reset). */
	intervalMs: number | null;
	durationMs: number;
	origin: ReviewEntry['origin'];
};

/** A card's history, newest first, from the replayed timeline of its log. */
export function historyRows(
	timeline: readonly { entry: ReviewEntry; after: CardState | undefined }[]
): HistoryRow[] {
	return timeline
		.map(({ entry, after }) => ({
			reviewedAtMs: entry.reviewedAtMs,
			rating: entry.rating,
			phaseBefore: entry.phaseBefore,
			intervalMs: after ? Math.max(0, after.dueAtMs - entry.reviewedAtMs) : null,
			durationMs: entry.durationMs,
			origin: entry.origin
		}))
		.reverse();
}

/** The chance of recall at a time, for this card (from the scheduler). */
export type RecallAt = (card: CardState, atMs: number) => number;

export type CurvePoint = { days: number; recall: number };

/**
 * Points of the card's forgetting curve from its last review: recall over the days after it, far enough to show
 * the card falling well below its due point (three stabilities, at least a week, at most a year).
 */
export function forgettingCurve(card: CardState, recallAt: RecallAt, pointCount = 24): CurvePoint[] {
	if (card.lastReviewAtMs === null || card.phase === 'new') return [];
	const spanDays = Math.min(365, Math.max(7, Math.ceil(card.stability * 3)));
	return Array.from({ length: pointCount + 1 }, (_, index) => {
		// ts-fsrs counts whole days since the last review, so the curve is drawn at whole days.
		const days = Math.round((spanDays * index) / pointCount);
		return { days, recall: recallAt(card, card.lastReviewAtMs! + days * dayMs) };
	});
}
