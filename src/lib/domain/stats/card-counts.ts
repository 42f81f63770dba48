import type { CardState } from '../scheduling/card';

/** How many of the questions in scope are new, in learning, in review or suspended (each counted once). */
export type CardCounts = { new: number; learning: number; review: number; suspended: number; total: number };

/** Counts over every question in scope: a question never studied has no card and counts as new. */
export function cardCounts(
	questionIds: readonly string[],
	cards: ReadonlyMap<string, CardState>
): CardCounts {
	const counts: CardCounts = { new: 0, learning: 0, review: 0, suspended: 0, total: questionIds.length };
	for (const id of questionIds) {
		const card = cards.get(id);
		if (card?.suspended) counts.suspended++;
		else if (!card || card.phase === 'new') counts.new++;
		else if (card.phase === 'review') counts.review++;
		else counts.learning++;
	}
	return counts;
}
