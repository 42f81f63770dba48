import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard, ratings, type CardState, type Rating, type ReviewEntry } from '$lib/domain/scheduling/card';
import { clockShift, dayMs } from '$lib/domain/scheduling/clock';
import { replayCard } from '$lib/domain/scheduling/replay';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';

const start = Date.parse('2025-09-05T01:00:00Z');
const shift = clockShift(480, 4);
const q = questionId('sco-founded-2001');
const d = deckId('sco-background');
const context = (nowMs: number) => ({
	nowMs,
	clockShiftMinutes: shift,
	durationMs: 4000,
	origin: 'review' as const
});

describe('Scheduler', () => {
	const scheduler = new Scheduler(defaultReviewSettings);

	it('sends a new card through the learning steps and then to review', () => {
		const outcomes = scheduler.preview(newCard(q, d, start), context(start));
		expect(outcomes.again.card.phase).toBe('learning');
		expect(outcomes.again.intervalMs).toBe(60_000);
		expect(outcomes.good.intervalMs).toBe(10 * 60_000);
		expect(outcomes.easy.card.phase).toBe('review');
		expect(outcomes.easy.card.scheduledDays).toBeGreaterThanOrEqual(1);
		// The button shows the days scheduled, not the hours left until the due day starts.
		expect(outcomes.easy.intervalMs).toBe(outcomes.easy.card.scheduledDays * dayMs);
		expect(outcomes.good.entry).toMatchObject({
			questionId: q,
			rating: 3,
			phaseBefore: 'new',
			durationMs: 4000
		});
	});

	it('makes review cards due at the start of their study day', () => {
		const easy = scheduler.preview(newCard(q, d, start), context(start)).easy.card;
		// 4 AM Taipei is 20:00 UTC the day before.
		expect(new Date(easy.dueAtMs).toISOString()).toMatch(/T20:00:00\.000Z$/);
	});

	it('gives the same outcome for the same card and time (fuzz is seeded by the card)', () => {
		let card = scheduler.preview(newCard(q, d, start), context(start)).easy.card;
		const later = card.dueAtMs + 3 * dayMs;
		const first = scheduler.preview(card, context(later));
		const second = scheduler.preview(card, context(later));
		expect(second).toEqual(first);
		card = first.good.card;
		expect(card.reps).toBe(2);
	});

	it('flags a leech when lapses reach the threshold', () => {
		const strict = new Scheduler({ ...defaultReviewSettings, leechLapses: 2 });
		let card: CardState = strict.preview(newCard(q, d, start), context(start)).easy.card;
		let now = card.dueAtMs;
		for (let lapse = 1; lapse <= 2; lapse++) {
			card = strict.preview(card, context(now)).again.card; // lapse: review → relearning
			expect(card.lapses).toBe(lapse);
			now = card.dueAtMs;
			card = strict.preview(card, context(now)).good.card; // relearned
			now = card.dueAtMs;
		}
		expect(card.leech).toBe(true);
	});

	it('reports retrievability between 0 and 1 for a studied card', () => {
		const card = scheduler.preview(newCard(q, d, start), context(start)).easy.card;
		const r = scheduler.retrievability(card, card.dueAtMs, shift);
		expect(r).toBeGreaterThan(0.5);
		expect(r).toBeLessThanOrEqual(1);
	});
});

describe('the review log', () => {
	const ratingArb = fc.constantFrom<Rating>(...ratings);
	const stepArb = fc.record({
		rating: ratingArb,
		// Reviews come when due, early or late by up to two days.
		lateByMs: fc.integer({ min: -2 * dayMs, max: 2 * dayMs }),
		// About one step in twenty resets the card to new.
		reset: fc.integer({ min: 0, max: 19 }).map((n) => n === 0)
	});

	it('replays to exactly the stored card, for any sequence of ratings', () => {
		fc.assert(
			fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), fc.boolean(), (steps, fuzz) => {
				const scheduler = new Scheduler({ ...defaultReviewSettings, fuzz });
				let card: CardState | undefined;
				const log: ReviewEntry[] = [];
				let now = start;
				for (const step of steps) {
					if (step.reset && card) {
						log.push({ ...log[log.length - 1]!, reviewedAtMs: now, rating: 0, phaseBefore: card.phase });
						card = undefined;
						now += 1000;
					}
					const before = card ?? newCard(q, d, now);
					const outcome = scheduler.preview(before, context(now))[step.rating];
					card = outcome.card;
					log.push(outcome.entry);
					now = Math.max(now + 1000, card.dueAtMs + step.lateByMs);
				}
				expect(replayCard(scheduler, q, d, log)).toEqual(card);
			}),
			{ numRuns: 200 }
		);
	});

	it('starts a card over after a reset entry', () => {
		const scheduler = new Scheduler(defaultReviewSettings);
		const first = scheduler.preview(newCard(q, d, start), context(start)).easy;
		const reset: ReviewEntry = {
			...first.entry,
			reviewedAtMs: start + 1000,
			rating: 0,
			phaseBefore: 'review'
		};
		const again = scheduler.preview(newCard(q, d, start + 2000), context(start + 2000)).good;
		expect(replayCard(scheduler, q, d, [first.entry, reset, again.entry])).toEqual(again.card);
		expect(replayCard(scheduler, q, d, [first.entry, reset])).toBeUndefined();
	});
});
