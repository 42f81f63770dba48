// What the FSRS optimizer (fsrs-rs, compiled to WebAssembly as fsrs-browser) needs from the review log, and how
// well a set of parameters predicts the learner's own log.
import { fnv1a32 } from '../encoding/hash';
import type { ReviewEntry } from './card';
import { studyDayNumber } from './clock';
import type { Scheduler } from './scheduler';
import { newCard, ratings, type CardState } from './card';

/**
 * Below this many ratings the fitted parameters are mostly noise; Anki asks for the same before it optimizes.
 * The optimizer itself also needs several reviews per card spread over days.
 */
export const optimizerMinimumReviews = 400;

/** The log as Anki's revlog columns, the form fsrs-browser's computeParametersAnki reads. */
export type RevlogColumns = {
	/** A stable number per question (FNV-1a of its id). */
	cardIds: BigInt64Array;
	/** 1-4, or 0 for a reset. */
	ratings: Uint8Array;
	/** When each review was made (epoch ms), which Anki also uses as the entry's id. */
	reviewTimesMs: BigInt64Array;
	/** Anki's revlog kinds: 0 learning, 1 review, 2 relearning, 4 manual (our resets). */
	kinds: Uint8Array;
};

const revlogKind = { new: 0, learning: 0, review: 1, relearning: 2 } as const;

/** The log in revlog columns, oldest first (entries of the same time keep their order). */
export function revlogColumns(entries: readonly ReviewEntry[]): RevlogColumns {
	const sorted = [...entries].sort((a, b) => a.reviewedAtMs - b.reviewedAtMs);
	const columns: RevlogColumns = {
		cardIds: new BigInt64Array(sorted.length),
		ratings: new Uint8Array(sorted.length),
		reviewTimesMs: new BigInt64Array(sorted.length),
		kinds: new Uint8Array(sorted.length)
	};
	sorted.forEach((entry, index) => {
		columns.cardIds[index] = BigInt(fnv1a32(entry.questionId));
		columns.ratings[index] = entry.rating;
		// Anki's ids are unique; two entries of one millisecond would collide, so later ones move on by 1 ms.
		const previous = index > 0 ? Number(columns.reviewTimesMs[index - 1]) : -Infinity;
		columns.reviewTimesMs[index] = BigInt(Math.max(entry.reviewedAtMs, previous + 1));
		columns.kinds[index] = entry.rating === 0 ? 4 : revlogKind[entry.phaseBefore];
	});
	return columns;
}

/** Ratings in the log (resets are not ratings). */
export const ratedCount = (entries: readonly ReviewEntry[]) =>
	entries.filter((entry) => entry.rating !== 0).length;

/** How well parameters predict the log: lower is better. */
export type PredictionScore = {
	/** Mean binary cross-entropy of the predicted recall against recalled (not Again) or forgotten. */
	logLoss: number;
	/** Root mean square of (predicted recall - outcome), over the same reviews. */
	rmse: number;
	/** Reviews scored: those made on a later study day than the card's previous rating. */
	predictions: number;
};

/**
 * Replays every card's log with a scheduler and scores, at each review on a later day than the last, the recall
 * it predicted against what happened. Same-day reviews are left out, as FSRS's own evaluation does.
 */
export function scorePredictions(scheduler: Scheduler, entries: readonly ReviewEntry[]): PredictionScore {
	const byCard = new Map<string, ReviewEntry[]>();
	for (const entry of entries) {
		const list = byCard.get(entry.questionId);
		if (list) list.push(entry);
		else byCard.set(entry.questionId, [entry]);
	}
	let loss = 0;
	let squares = 0;
	let predictions = 0;
	for (const list of byCard.values()) {
		list.sort((a, b) => a.reviewedAtMs - b.reviewedAtMs);
		let card: CardState | undefined;
		for (const entry of list) {
			if (entry.rating === 0) {
				card = undefined;
				continue;
			}
			const shift = entry.clockShiftMinutes;
			if (
				card &&
				card.lastReviewAtMs !== null &&
				studyDayNumber(entry.reviewedAtMs, shift) > studyDayNumber(card.lastReviewAtMs, shift)
			) {
				const predicted = Math.min(
					0.9999,
					Math.max(0.0001, scheduler.retrievability(card, entry.reviewedAtMs, shift))
				);
				const outcome = entry.rating > 1 ? 1 : 0;
				loss -= outcome * Math.log(predicted) + (1 - outcome) * Math.log(1 - predicted);
				squares += (predicted - outcome) ** 2;
				predictions++;
			}
			const before = card ?? newCard(entry.questionId, entry.deckId, entry.reviewedAtMs);
			card = scheduler.preview(before, {
				nowMs: entry.reviewedAtMs,
				clockShiftMinutes: shift,
				durationMs: entry.durationMs,
				origin: entry.origin
			})[ratings[entry.rating - 1]!].card;
		}
	}
	return {
		logLoss: predictions === 0 ? 0 : loss / predictions,
		rmse: predictions === 0 ? 0 : Math.sqrt(squares / predictions),
		predictions
	};
}
