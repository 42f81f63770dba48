import type { DeckId, QuestionId } from '../ids';
import { newCard, ratings, type CardState, type ReviewEntry } from './card';
import type { Scheduler } from './scheduler';

/** Rebuilds a card from its review log: the stored card must always equal this (flags aside). */
export function replayCard(
	scheduler: Scheduler,
	questionId: QuestionId,
	deckId: DeckId,
	entries: readonly ReviewEntry[],
	/** The card before the first entry (undefined: never studied). */
	start?: CardState
): CardState | undefined {
	let card: CardState | undefined = start;
	for (const entry of [...entries].sort((a, b) => a.reviewedAtMs - b.reviewedAtMs)) {
		if (entry.rating === 0) {
			card = undefined;
			continue;
		}
		const before = card ?? newCard(questionId, deckId, entry.reviewedAtMs);
		const outcomes = scheduler.preview(before, {
			nowMs: entry.reviewedAtMs,
			clockShiftMinutes: entry.clockShiftMinutes,
			durationMs: entry.durationMs,
			origin: entry.origin
		});
		card = outcomes[ratings[entry.rating - 1]!].card;
	}
	return card;
}

/** Each log entry with the card it left behind (undefined after a reset), oldest first: a card's history. */
export function replayTimeline(
	scheduler: Scheduler,
	questionId: QuestionId,
	deckId: DeckId,
	entries: readonly ReviewEntry[]
): { entry: ReviewEntry; after: CardState | undefined }[] {
	const timeline: { entry: ReviewEntry; after: CardState | undefined }[] = [];
	let card: CardState | undefined;
	for (const entry of [...entries].sort((a, b) => a.reviewedAtMs - b.reviewedAtMs)) {
		card = replayCard(scheduler, questionId, deckId, [entry], card);
		timeline.push({ entry, after: card });
	}
	return timeline;
}
