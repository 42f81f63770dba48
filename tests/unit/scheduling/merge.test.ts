import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard, ratings, type CardState, type ReviewEntry } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import {
	mergeCounts,
	mergeLogs,
	mergeProgress,
	reviewKey,
	type Progress
} from '$lib/domain/scheduling/merge';
import { replayCard } from '$lib/domain/scheduling/replay';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';

const scheduler = new Scheduler(defaultReviewSettings);
const start = Date.parse('2025-09-01T02:00:00Z');

/** A device's progress from its ratings: the log, and each card as the reviewer would have stored it. */
function device(ratingsMade: { card: number; day: number; rating: 0 | 1 | 2 | 3 | 4 }[]): Progress {
	const reviews: ReviewEntry[] = [];
	const cards = new Map<string, CardState>();
	for (const made of [...ratingsMade].sort((a, b) => a.day - b.day)) {
		const id = questionId(`q${made.card}`);
		const nowMs = start + made.day * dayMs;
		if (made.rating === 0) {
			const card = cards.get(id);
			if (!card) continue;
			cards.delete(id);
			reviews.push({
				questionId: id,
				deckId: deckId('d'),
				reviewedAtMs: nowMs,
				rating: 0,
				phaseBefore: card.phase,
				durationMs: 0,
				clockShiftMinutes: 240,
				origin: 'review'
			});
			continue;
		}
		const before = cards.get(id) ?? newCard(id, deckId('d'), nowMs);
		const outcome = scheduler.preview(before, {
			nowMs,
			clockShiftMinutes: 240,
			durationMs: 5000,
			origin: 'review'
		})[ratings[made.rating - 1]!];
		cards.set(id, outcome.card);
		reviews.push(outcome.entry);
	}
	return { cards: [...cards.values()], reviews };
}

const rating = fc.record({
	card: fc.integer({ min: 0, max: 3 }),
	// Whole minutes, so two devices rarely rate the same card in the same millisecond.
	day: fc.integer({ min: 0, max: 60 * 24 * 40 }).map((minutes) => minutes / (60 * 24)),
	rating: fc.constantFrom(0, 1, 2, 3, 3, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>
});
const sorted = (progress: Progress) => ({
	cards: [...progress.cards].sort((a, b) => a.questionId.localeCompare(b.questionId)),
	reviews: [...progress.reviews].map(reviewKey)
});

describe('merging two devices’ progress', () => {
	it('gives the same result in either order (property)', () => {
		fc.assert(
			fc.property(
				fc.array(rating, { maxLength: 12 }),
				fc.array(rating, { maxLength: 12 }),
				fc.array(rating, { maxLength: 12 }),
				(shared, phone, laptop) => {
					// Both devices start from the same restored backup, then go their own ways.
					const phoneProgress = device([
						...shared,
						...phone.map((made) => ({ ...made, day: made.day + 41 }))
					]);
					const laptopProgress = device([
						...shared,
						...laptop.map((made) => ({ ...made, day: made.day + 41.0001 }))
					]);
					const intoLaptop = mergeProgress(laptopProgress, phoneProgress, scheduler);
					const intoPhone = mergeProgress(phoneProgress, laptopProgress, scheduler);
					expect(sorted(intoLaptop)).toEqual(sorted(intoPhone));
				}
			),
			{ numRuns: 150 }
		);
	});

	it('counts every review once and rebuilds each card from the joined log', () => {
		fc.assert(
			fc.property(fc.array(rating, { maxLength: 15 }), fc.array(rating, { maxLength: 15 }), (a, b) => {
				const ours = device(a);
				const theirs = device(b);
				const merged = mergeProgress(ours, theirs, scheduler);
				const counts = mergeCounts(ours.reviews, theirs.reviews);
				expect(merged.reviews).toHaveLength(counts.oursOnly + counts.theirsOnly + counts.shared);
				expect(new Set(merged.reviews.map(reviewKey)).size).toBe(merged.reviews.length);
				for (const card of merged.cards) {
					const log = merged.reviews.filter((entry) => entry.questionId === card.questionId);
					expect(card).toEqual(replayCard(scheduler, card.questionId, card.deckId, log));
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('changes nothing when a device merges its own backup', () => {
		const progress = device([
			{ card: 0, day: 0, rating: 3 },
			{ card: 0, day: 2, rating: 3 },
			{ card: 1, day: 1, rating: 1 }
		]);
		const merged = mergeProgress(progress, progress, scheduler);
		expect(sorted(merged)).toEqual(sorted(progress));
		expect(mergeCounts(progress.reviews, progress.reviews)).toEqual({
			theirsOnly: 0,
			oursOnly: 0,
			shared: 3
		});
	});

	it('keeps a card suspended on either side suspended', () => {
		const progress = device([{ card: 0, day: 0, rating: 3 }]);
		const suspended = { ...progress, cards: progress.cards.map((card) => ({ ...card, suspended: true })) };
		expect(mergeProgress(progress, suspended, scheduler).cards[0]!.suspended).toBe(true);
		expect(mergeProgress(suspended, progress, scheduler).cards[0]!.suspended).toBe(true);
	});

	it('keeps one copy of a review both sides have, whatever side it came from', () => {
		const progress = device([{ card: 0, day: 0, rating: 3 }]);
		const slower = progress.reviews.map((entry) => ({ ...entry, durationMs: entry.durationMs + 1 }));
		expect(mergeLogs(progress.reviews, slower)).toEqual(mergeLogs(slower, progress.reviews));
	});
});
