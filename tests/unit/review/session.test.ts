import { describe, expect, it } from 'vitest';
import { deckId, questionId } from '$lib/domain/ids';
import {
	emptyReviewModel,
	nextStep,
	reviewReducer,
	sessionCounts,
	sessionTally,
	suggestedRating,
	type ReviewEvent,
	type ReviewModel,
	type StudySnapshot
} from '$lib/domain/review/session';
import { newCard, type CardState, type Phase, type Rating } from '$lib/domain/scheduling/card';
import { clockShift, dayMs, startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import { learnAheadMs } from '$lib/domain/scheduling/queue';
import { defaultReviewSettings, type ReviewSettings } from '$lib/domain/scheduling/settings';

// A fixed clock: 16:00 in Taipei (UTC+8), the day starting at the default hour.
const now = Date.parse('2025-09-05T08:00:00Z');
const shift = clockShift(480, defaultReviewSettings.dayStartHour);
const deck = deckId('d');
const id = (n: number) => questionId(`q${n}`);
const scope = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ questionId: id(i + 1), deckId: deck }));
const card = (n: number, phase: Phase, dueAtMs: number, extra: Partial<CardState> = {}): CardState => ({
	...newCard(id(n), deck, now),
	phase,
	dueAtMs,
	reps: phase === 'new' ? 0 : 1,
	stability: phase === 'new' ? 0 : 3,
	difficulty: phase === 'new' ? 0 : 5,
	lastReviewAtMs: phase === 'new' ? null : now - dayMs,
	...extra
});

const loaded = (
	cards: CardState[],
	extra: Partial<StudySnapshot> = {},
	settings: Partial<ReviewSettings> = {},
	atMs = now
): ReviewEvent => ({
	kind: 'loaded',
	nowMs: atMs,
	settings: { ...defaultReviewSettings, ...settings },
	clockShiftMinutes: shift,
	snapshot: {
		cards: new Map(cards.map((c) => [c.questionId, c])),
		newIntroducedToday: 0,
		reviewsDoneToday: 0,
		assignedQuestionIds: [],
		...extra
	}
});

const session = (count: number, ...events: ReviewEvent[]): ReviewModel =>
	events.reduce(reviewReducer, emptyReviewModel(scope(count)));

/** The card nextStep shows, as a question id (or the step's kind when it is not a card). */
const shown = (model: ReviewModel, atMs = now) => {
	const step = nextStep(model, atMs);
	return step.kind === 'card' ? step.questionId : step.kind;
};

/** Rates whatever nextStep shows, the way the shell does after the write succeeded (or before it, if pending). */
const rateShown = (
	model: ReviewModel,
	rating: Rating,
	after: Partial<CardState> = {},
	atMs = now,
	pending = false
) => {
	const step = nextStep(model, atMs);
	if (step.kind !== 'card') throw new Error(`nothing to rate: ${step.kind}`);
	const phase: Phase =
		rating === 'again' ? (step.card.phase === 'review' ? 'relearning' : 'learning') : 'review';
	const event: ReviewEvent = {
		kind: 'rated',
		reviewId: pending ? undefined : model.undoStack.length + 1,
		before: step.stored,
		after: {
			...step.card,
			phase,
			dueAtMs: atMs + (phase === 'review' ? 3 * dayMs : 60_000),
			reps: step.card.reps + 1,
			lastReviewAtMs: atMs,
			...after
		},
		rating
	};
	return reviewReducer(model, event);
};

describe('review session reducer: queue order', () => {
	it('shows due learning cards, then due reviews (earliest first), then new cards in deck order', () => {
		let model = session(
			5,
			loaded([card(1, 'review', now - 1000), card(2, 'learning', now - 10), card(4, 'review', now - 5000)])
		);
		const order: string[] = [];
		for (let step = 0; step < 5; step++) {
			order.push(shown(model));
			model = rateShown(model, 'good');
		}
		expect(order).toEqual(['q2', 'q4', 'q1', 'q3', 'q5']);
		expect(shown(model)).toBe('done');
	});

	it('waits for a learning card due later, and shows it once it is within the learn-ahead window', () => {
		const dueAtMs = now + learnAheadMs + 10 * 60_000;
		const model = session(1, loaded([card(1, 'learning', dueAtMs)]));
		expect(nextStep(model, now)).toEqual({ kind: 'waiting', showAtMs: dueAtMs - learnAheadMs });
		expect(sessionCounts(model, now)).toEqual({ new: 0, learning: 0, review: 0, waiting: 1 });
		expect(shown(model, dueAtMs - learnAheadMs)).toBe('q1');
	});

	it('when everything is done, says when the next studied card falls due (suspended cards aside)', () => {
		const model = session(
			3,
			loaded([
				card(1, 'review', now + 2 * dayMs),
				card(2, 'review', now + dayMs, { suspended: true }),
				card(3, 'review', now + 3 * dayMs)
			])
		);
		expect(nextStep(model, now)).toEqual({ kind: 'done', nextDueAtMs: now + 2 * dayMs });
	});
});

describe('review session reducer: daily limits', () => {
	it('stops new cards at the daily limit, counting those introduced earlier today in any deck', () => {
		const limit = defaultReviewSettings.newCardsPerDay;
		const already = limit - 2;
		let model = session(limit + 5, loaded([], { newIntroducedToday: already }));
		expect(sessionCounts(model, now).new).toBe(2);
		model = rateShown(rateShown(model, 'good'), 'good');
		expect(model.newIntroducedToday).toBe(limit);
		expect(sessionCounts(model, now).new).toBe(0);
		expect(shown(model)).toBe('done');
	});

	it('stops reviews at the maximum reviews per day; learning cards have no limit', () => {
		const cards = [card(1, 'review', now - 3), card(2, 'review', now - 2), card(3, 'learning', now - 1)];
		let model = session(3, loaded(cards, {}, { maximumReviewsPerDay: 1, newCardsPerDay: 0 }));
		expect(sessionCounts(model, now)).toEqual({ new: 0, learning: 1, review: 1, waiting: 0 });
		model = rateShown(model, 'good'); // the learning card
		model = rateShown(model, 'good'); // one review
		expect(model.reviewsDoneToday).toBe(1);
		expect(shown(model)).toBe('done');
	});

	it('applies a changed limit from the next card', () => {
		const model = session(10, loaded([]));
		const changed = reviewReducer(model, {
			kind: 'settings-changed',
			settings: { ...defaultReviewSettings, newCardsPerDay: 3 }
		});
		expect(sessionCounts(changed, now).new).toBe(3);
		expect(sessionCounts(model, now).new).toBe(Math.min(10, defaultReviewSettings.newCardsPerDay));
	});
});

describe('review session reducer: undo', () => {
	it('takes ratings back last first, restoring cards, today’s counts and the tally exactly', () => {
		const before = session(3, loaded([card(1, 'review', now - 1000)], { reviewsDoneToday: 4 }));
		const once = rateShown(before, 'again');
		const twice = rateShown(once, 'good');
		expect(sessionTally(twice)).toEqual({ reviewed: 2, remembered: 1 });
		expect(twice.reviewsDoneToday).toBe(5);
		expect(twice.newIntroducedToday).toBe(1);

		const undoneOnce = reviewReducer(twice, { kind: 'undone' });
		expect(new Map(undoneOnce.cards)).toEqual(new Map(once.cards));
		expect(undoneOnce.newIntroducedToday).toBe(0);
		expect(sessionTally(undoneOnce)).toEqual({ reviewed: 1, remembered: 0 });

		const undoneTwice = reviewReducer(undoneOnce, { kind: 'undone' });
		expect(new Map(undoneTwice.cards)).toEqual(new Map(before.cards));
		expect(undoneTwice.reviewsDoneToday).toBe(4);
		expect(sessionTally(undoneTwice)).toEqual({ reviewed: 0, remembered: 0 });
		expect(undoneTwice.undoStack).toEqual([]);
		expect(sessionCounts(undoneTwice, now)).toEqual(sessionCounts(before, now));
		// Nothing left to undo: the model stays as it is.
		expect(reviewReducer(undoneTwice, { kind: 'undone' })).toBe(undoneTwice);
	});

	it('takes back a card action (suspend) without touching today’s counts or the tally', () => {
		const before = session(2, loaded([card(1, 'review', now - 1000)]));
		const original = before.cards.get(id(1))!;
		const suspended = reviewReducer(before, {
			kind: 'card-changed',
			questionId: id(1),
			reviewId: undefined,
			before: original,
			after: { ...original, suspended: true }
		});
		expect(shown(suspended)).toBe('q2');
		const undone = reviewReducer(suspended, { kind: 'undone' });
		expect(undone.cards.get(id(1))).toEqual(original);
		expect(shown(undone)).toBe('q1');
		expect(sessionTally(undone)).toEqual({ reviewed: 0, remembered: 0 });
		expect(undone.reviewsDoneToday).toBe(0);
	});

	it('a reset that removed the card row is undone by putting the row back', () => {
		const original = card(1, 'review', now - 1000);
		const model = session(1, loaded([original]));
		const reset = reviewReducer(model, {
			kind: 'card-changed',
			questionId: id(1),
			reviewId: 7,
			before: original,
			after: undefined
		});
		expect(reset.cards.has(id(1))).toBe(false);
		expect(reviewReducer(reset, { kind: 'undone' }).cards.get(id(1))).toEqual(original);
	});

	it('never changes the model it is given', () => {
		const model = session(2, loaded([]));
		const frozen = structuredClone(model);
		rateShown(model, 'good');
		expect(model).toEqual(frozen);
	});
});

describe('review session reducer: a rating shown before it is written', () => {
	const before = session(3, loaded([card(1, 'review', now - 1000)], { reviewsDoneToday: 4 }));

	it('moves on at once, and takes the log entry once saved, so that undo removes exactly it', () => {
		const pending = rateShown(before, 'good', {}, now, true);
		expect(shown(pending)).toBe('q2');
		expect(pending.undoStack.at(-1)).toMatchObject({
			kind: 'rating',
			questionId: id(1),
			reviewId: undefined
		});
		const saved = reviewReducer(pending, { kind: 'rating-saved', questionId: id(1), reviewId: 41 });
		expect(saved.undoStack.at(-1)).toMatchObject({ questionId: id(1), reviewId: 41 });
		expect(saved.cards).toBe(pending.cards);
		expect(sessionTally(saved)).toEqual({ reviewed: 1, remembered: 1 });
	});

	it('a failed write takes the rating back: the card is due again, counts and tally as before', () => {
		const pending = rateShown(before, 'good', {}, now, true);
		const failed = reviewReducer(pending, { kind: 'rating-failed', questionId: id(1) });
		expect(new Map(failed.cards)).toEqual(new Map(before.cards));
		expect(failed.reviewsDoneToday).toBe(4);
		expect(failed.undoStack).toEqual([]);
		expect(sessionTally(failed)).toEqual({ reviewed: 0, remembered: 0 });
		expect(sessionCounts(failed, now)).toEqual(sessionCounts(before, now));
		expect(shown(failed)).toBe('q1');
	});

	it('a failed write under a later rating removes only its own entry, and the later one stands', () => {
		const first = rateShown(before, 'good', {}, now, true);
		const second = rateShown(first, 'easy', {}, now, true);
		const failed = reviewReducer(second, { kind: 'rating-failed', questionId: id(1) });
		expect(failed.undoStack).toHaveLength(1);
		expect(failed.undoStack[0]).toMatchObject({ questionId: id(2), rating: 'easy' });
		expect(failed.cards.get(id(1))).toEqual(before.cards.get(id(1)));
		expect(failed.cards.get(id(2))).toEqual(second.cards.get(id(2)));
		expect(failed.reviewsDoneToday).toBe(4);
		expect(failed.newIntroducedToday).toBe(1);
		expect(sessionTally(failed)).toEqual({ reviewed: 1, remembered: 1 });
	});

	it('an event for a rating that is not pending changes nothing', () => {
		const saved = rateShown(before, 'good');
		expect(reviewReducer(saved, { kind: 'rating-failed', questionId: id(1) })).toBe(saved);
		expect(reviewReducer(saved, { kind: 'rating-saved', questionId: id(1), reviewId: 7 })).toBe(saved);
	});
});

describe('review session reducer: day rollover', () => {
	it('asks for a reload once the study day changes, and a reload on the new day starts the limits over', () => {
		const limit = defaultReviewSettings.newCardsPerDay;
		let model = session(limit + 5, loaded([], { newIntroducedToday: limit }));
		expect(shown(model)).toBe('done');
		const nextDay = startOfStudyDayMs(now, shift) + dayMs;
		expect(shown(model, nextDay - 1)).toBe('done');
		expect(shown(model, nextDay)).toBe('new-day');
		model = rateShown(reviewReducer(model, loaded([], {}, {}, nextDay)), 'good', {}, nextDay);
		expect(sessionCounts(model, nextDay).new).toBe(limit - 1);
	});

	it('keeps the undo stack and the tally across the reload', () => {
		const rated = rateShown(session(3, loaded([])), 'good');
		const nextDay = startOfStudyDayMs(now, shift) + dayMs;
		const reloaded = reviewReducer(rated, loaded([...rated.cards.values()], {}, {}, nextDay));
		expect(reloaded.undoStack).toEqual(rated.undoStack);
		expect(sessionTally(reloaded)).toEqual({ reviewed: 1, remembered: 1 });
	});
});

describe('review session reducer: a card changed in another tab', () => {
	it('after the refused write, the reload shows the card as the other tab left it', () => {
		const model = session(2, loaded([card(1, 'review', now - 1000)]));
		expect(shown(model)).toBe('q1');
		// The other tab rated q1 Good: it is now due in three days. The shell reloads from storage.
		const elsewhere = card(1, 'review', now + 3 * dayMs, { reps: 2 });
		const reloaded = reviewReducer(model, loaded([elsewhere], { reviewsDoneToday: 1 }));
		expect(reloaded.cards.get(id(1))).toEqual(elsewhere);
		expect(shown(reloaded)).toBe('q2');
		expect(sessionCounts(reloaded, now)).toEqual({ new: 1, learning: 0, review: 0, waiting: 0 });
	});

	it('an undo refused because the card changed elsewhere leaves the stack but still counts as reviewed', () => {
		const rated = rateShown(rateShown(session(3, loaded([])), 'again'), 'good');
		const refused = reviewReducer(rated, { kind: 'undo-refused' });
		expect(refused.undoStack).toHaveLength(1);
		expect(sessionTally(refused)).toEqual({ reviewed: 2, remembered: 1 });
		// The next undo takes back the rating below it.
		const undone = reviewReducer(refused, { kind: 'undone' });
		expect(sessionTally(undone)).toEqual({ reviewed: 1, remembered: 1 });
		expect(undone.cards.has(id(1))).toBe(false);
	});
});

describe('suggestedRating', () => {
	it('preselects Again for wrong, Hard for a near miss, Good for right, nothing for a flashcard', () => {
		expect(suggestedRating({ kind: 'wrong' })).toBe('again');
		expect(suggestedRating({ kind: 'near-miss', expected: 'x' })).toBe('hard');
		expect(suggestedRating({ kind: 'correct' })).toBe('good');
		expect(suggestedRating({ kind: 'self-graded' })).toBeUndefined();
	});
});

// Issue 12, the bench's "all" scope (100,000 cards): a rating copied the map of every card (p50 138 ms, p95 701 ms
// from the key to the next card), and showing the next card built the queue twice (the card, then its counts).
describe('a session over many cards', () => {
	/** A map of cards that counts what is read from it. */
	class CountingMap extends Map<string, CardState> {
		reads = 0;
		walks = 0;
		override get(key: string) {
			this.reads++;
			return super.get(key);
		}
		override [Symbol.iterator]() {
			this.walks++;
			return super[Symbol.iterator]();
		}
		override entries() {
			this.walks++;
			return super.entries();
		}
		override forEach(...args: Parameters<Map<string, CardState>['forEach']>) {
			this.walks++;
			super.forEach(...args);
		}
	}
	const questions = scope(2000);
	const stored = () =>
		new CountingMap(questions.map(({ questionId }, n) => [questionId, card(n + 1, 'review', now - n)]));
	const loadedOver = (cards: CountingMap): ReviewModel => {
		const event = loaded([]);
		if (event.kind !== 'loaded') throw new Error('not a load');
		return reviewReducer(emptyReviewModel(questions), { ...event, snapshot: { ...event.snapshot, cards } });
	};

	it('rates a card without reading the others', () => {
		const cards = stored();
		const model = loadedOver(cards);
		const step = nextStep(model, now);
		if (step.kind !== 'card') throw new Error('nothing to rate');
		cards.reads = 0;
		const rated = reviewReducer(model, {
			kind: 'rated',
			reviewId: 1,
			before: step.stored,
			after: { ...step.card, dueAtMs: now + 5 * dayMs },
			rating: 'good'
		});
		expect(cards.walks).toBe(0);
		expect(cards.reads).toBe(0);
		expect(rated.cards.get(step.questionId)?.dueAtMs).toBe(now + 5 * dayMs);
		expect(rated.cards.size).toBe(questions.length);
		// The model rated from is unchanged.
		expect(model.cards.get(step.questionId)).toBe(step.stored);
	});

	it('reads each card once to show the next card and its counts (and the card shown once more)', () => {
		const cards = stored();
		const model = loadedOver(cards);
		cards.reads = 0;
		nextStep(model, now);
		sessionCounts(model, now);
		expect(cards.reads).toBe(questions.length + 1);
	});
});
