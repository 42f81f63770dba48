import type { CardState } from '../scheduling/card';

/**
 * A card is mastered once the scheduler expects it to be remembered for three weeks: in review, with a stability
 * of at least this many days (Anki's "mature" threshold, stats/elapsed.ts, read from FSRS's stability rather than
 * the interval). Not imported from there, so the home page carries none of the statistics code.
 */
export const masteredStabilityDays = 21;

/** How far a question has come, as a deck tile's progress bar shows it. */
export type ProgressPhase = 'new' | 'learning' | 'mastered';

/** A deck's questions by progress; the three parts add up to `total`. */
export type DeckProgress = Record<ProgressPhase, number> & { total: number };

/**
 * The progress phase of a question from its card (undefined: never studied). New: never studied (or reset).
 * Learning: in (re)learning steps, or in review below the mastered stability. Suspended and buried cards keep
 * the phase their memory is in: suspending a card pauses it, it does not undo what was learned.
 */
export function progressPhase(card: CardState | undefined): ProgressPhase {
	if (!card || card.phase === 'new') return 'new';
	return isMastered(card) ? 'mastered' : 'learning';
}

/** Whether a card past the new phase is mastered: in review, remembered for three weeks (the home page's counts
 * tally it by index with the same rule, data/scope-counts.ts). */
export const isMastered = (card: Pick<CardState, 'phase' | 'stability'>) =>
	card.phase === 'review' && card.stability >= masteredStabilityDays;

/** The progress of the questions in scope (each counted once), from the cards read for them. */
export function deckProgress(
	questionIds: readonly string[],
	cards: ReadonlyMap<string, CardState>
): DeckProgress {
	const progress: DeckProgress = { new: 0, learning: 0, mastered: 0, total: 0 };
	for (const id of new Set(questionIds)) {
		progress[progressPhase(cards.get(id))]++;
		progress.total++;
	}
	return progress;
}
