import type { CardState } from '../scheduling/card';

/** Past this many changed cards, the next change folds them into a new base map (an O(cards) copy, this rarely). */
const foldAfterChanges = 1024;

/**
 * The learner's cards as a review session sees them: the cards read from storage, and the session's own changes
 * over them. A rating changes one card; copying a map of every card for it cost about 20–150 ms with 100,000 cards
 * (the bench's "all" scope) and left that much garbage each time. `with` copies only the changes, which stay few
 * (a session's ratings and card actions), and folds them into a new base now and then. Immutable, like the model
 * that holds it: `with` returns a new overlay and never changes this one.
 */
export class CardOverlay implements ReadonlyMap<string, CardState> {
	private constructor(
		private readonly base: ReadonlyMap<string, CardState>,
		/** A changed card, or undefined for a card removed (a reset's row deleted). */
		private readonly changes: ReadonlyMap<string, CardState | undefined>,
		readonly size: number
	) {}

	/** The cards as read from storage (kept, not copied: the caller must not change the map afterwards). */
	static of(cards: ReadonlyMap<string, CardState>): CardOverlay {
		return cards instanceof CardOverlay ? cards : new CardOverlay(cards, new Map(), cards.size);
	}

	/** These cards with one card set (or removed, when `card` is undefined). */
	with(questionId: string, card: CardState | undefined): CardOverlay {
		const size = this.size - (this.has(questionId) ? 1 : 0) + (card ? 1 : 0);
		const changes = new Map(this.changes).set(questionId, card);
		if (changes.size <= foldAfterChanges) return new CardOverlay(this.base, changes, size);
		const folded = new Map(this.base);
		for (const [id, changed] of changes) {
			if (changed) folded.set(id, changed);
			else folded.delete(id);
		}
		return new CardOverlay(folded, new Map(), size);
	}

	get(questionId: string): CardState | undefined {
		return this.changes.has(questionId) ? this.changes.get(questionId) : this.base.get(questionId);
	}

	has(questionId: string): boolean {
		return this.changes.has(questionId)
			? this.changes.get(questionId) !== undefined
			: this.base.has(questionId);
	}

	/** Every card once: those read, changed ones where they were, then those added (the session reads by id). */
	*entries(): MapIterator<[string, CardState]> {
		for (const entry of this.base) {
			if (!this.changes.has(entry[0])) yield entry;
			else {
				const changed = this.changes.get(entry[0]);
				if (changed) yield [entry[0], changed];
			}
		}
		for (const [id, card] of this.changes) if (card && !this.base.has(id)) yield [id, card];
	}

	*keys(): MapIterator<string> {
		for (const [id] of this.entries()) yield id;
	}

	*values(): MapIterator<CardState> {
		for (const [, card] of this.entries()) yield card;
	}

	[Symbol.iterator](): MapIterator<[string, CardState]> {
		return this.entries();
	}

	forEach(
		callback: (card: CardState, questionId: string, map: ReadonlyMap<string, CardState>) => void,
		thisArg?: unknown
	): void {
		for (const [id, card] of this.entries()) callback.call(thisArg, card, id, this);
	}
}
