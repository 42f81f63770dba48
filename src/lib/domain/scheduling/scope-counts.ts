import { isMastered, type DeckProgress } from '../stats/deck-progress';
import type { CardState } from './card';
import { isActive, type Allowance, type QueueCounts } from './queue';

/**
 * What a scope's cards add up to, enough for its queue counts and its progress without the cards themselves: the
 * database can tally it from index ranges (data/scope-counts.ts), so the home page need not read every card.
 */
export type ScopeTally = {
	/** Questions in scope, each once. */
	questions: number;
	/** Of them, those with a card past the new phase (studied), and of those the mastered ones. */
	studied: number;
	mastered: number;
	/** Questions whose card is still new but suspended or buried now: not offered as new cards. */
	inactiveNew: number;
	/** Active (re)learning and review cards due now. */
	learningDue: number;
	reviewDue: number;
	/** Assigned questions still new and active: offered beyond the daily new-card limit. */
	assignedFresh: number;
};

export const emptyTally = (): ScopeTally => ({
	questions: 0,
	studied: 0,
	mastered: 0,
	inactiveNew: 0,
	learningDue: 0,
	reviewDue: 0,
	assignedFresh: 0
});

/** The queue a card is due in now (buildQueue's rule), or undefined: new, suspended, buried or not yet due. */
export function dueQueueOf(card: CardState, nowMs: number): 'learning' | 'review' | undefined {
	if (card.phase === 'new' || !isActive(card, nowMs) || card.dueAtMs > nowMs) return undefined;
	return card.phase === 'review' ? 'review' : 'learning';
}

/** Adds one stored card of a question in scope to a tally (what the rows of a small scope are tallied with). */
export function tallyCard(tally: ScopeTally, card: CardState, nowMs: number, assigned: boolean): void {
	if (card.phase === 'new') {
		if (!isActive(card, nowMs)) tally.inactiveNew++;
		else if (assigned) tally.assignedFresh++;
		return;
	}
	tally.studied++;
	if (isMastered(card)) tally.mastered++;
	const due = dueQueueOf(card, nowMs);
	if (due === 'learning') tally.learningDue++;
	else if (due === 'review') tally.reviewDue++;
}

/**
 * A scope's queue counts and progress from its tally: the same numbers as queueCounts(buildQueue(...)) and
 * deckProgress(...) over the scope's cards. New cards: the assigned ones all, the others up to the allowance.
 */
export function scopeCounts(
	tally: ScopeTally,
	allowance: Allowance
): { queue: QueueCounts; progress: DeckProgress } {
	const offeredNew = tally.questions - tally.studied - tally.inactiveNew;
	const otherNew = offeredNew - tally.assignedFresh;
	return {
		queue: {
			new: tally.assignedFresh + Math.min(otherNew, allowance.newCards),
			learning: tally.learningDue,
			review: Math.min(tally.reviewDue, allowance.reviews)
		},
		progress: {
			new: tally.questions - tally.studied,
			learning: tally.studied - tally.mastered,
			mastered: tally.mastered,
			total: tally.questions
		}
	};
}
