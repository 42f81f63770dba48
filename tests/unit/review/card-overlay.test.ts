import { describe, expect, it } from 'vitest';
import { CardOverlay } from '$lib/domain/review/card-overlay';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard, type CardState } from '$lib/domain/scheduling/card';

const deck = deckId('d');
const card = (n: number, reps = 0): CardState => ({ ...newCard(questionId(`q${n}`), deck, 0), reps });

/** A seeded sequence of numbers in [0, 1), so a failure can be replayed. */
function seeded(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

describe('CardOverlay', () => {
	it('reads as the map it stands for after any sequence of changes, across folds', () => {
		const random = seeded(7);
		const start = new Map<string, CardState>(Array.from({ length: 50 }, (_, n) => [`q${n}`, card(n)]));
		const expected = new Map(start);
		let overlay = CardOverlay.of(start);
		// More changes than the overlay keeps before folding them into its base (1,024).
		for (let step = 0; step < 3000; step++) {
			const n = Math.floor(random() * 80);
			const id = `q${n}`;
			if (random() < 0.2) {
				expected.delete(id);
				overlay = overlay.with(id, undefined);
			} else {
				const changed = card(n, step);
				expected.set(id, changed);
				overlay = overlay.with(id, changed);
			}
			if (step % 97 === 0 || step > 2990) {
				expect(overlay.size).toBe(expected.size);
				// Every card once (in no promised order: the session reads cards by id).
				const byId = (entries: Iterable<[string, CardState]>) =>
					[...entries].sort(([a], [b]) => a.localeCompare(b));
				expect(byId(overlay)).toEqual(byId(expected));
				expect([...overlay.keys()].sort()).toEqual([...expected.keys()].sort());
				expect(new Set(overlay.values())).toEqual(new Set(expected.values()));
				for (const probe of [`q${n}`, 'q0', 'q79', 'missing']) {
					expect(overlay.has(probe)).toBe(expected.has(probe));
					expect(overlay.get(probe)).toBe(expected.get(probe));
				}
			}
		}
		// The map it started from is never changed.
		expect(start.size).toBe(50);
		expect([...start.values()].every((each) => each.reps === 0)).toBe(true);
	});

	it('never changes an overlay it was made from', () => {
		const first = CardOverlay.of(new Map([['q1', card(1)]]));
		const second = first.with('q1', card(1, 5)).with('q2', card(2));
		expect(first.get('q1')?.reps).toBe(0);
		expect(first.has('q2')).toBe(false);
		expect(first.size).toBe(1);
		expect(second.get('q1')?.reps).toBe(5);
		expect(second.size).toBe(2);
		const forEach: string[] = [];
		second.forEach((each, id, map) => {
			expect(map).toBe(second);
			forEach.push(`${id}:${each.reps}`);
		});
		expect(forEach).toEqual(['q1:5', 'q2:0']);
	});
});
