import { describe, expect, it } from 'vitest';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard, type CardState, type Phase } from '$lib/domain/scheduling/card';
import { buildQueue, learnAheadMs, nextInQueue, queueCounts } from '$lib/domain/scheduling/queue';

const now = Date.parse('2025-09-05T08:00:00Z');
const deck = deckId('d');
const question = (n: number) => ({ questionId: questionId(`q${n}`), deckId: deck });
const card = (n: number, phase: Phase, dueAtMs: number, extra: Partial<CardState> = {}): CardState => ({
	...newCard(questionId(`q${n}`), deck, now),
	phase,
	dueAtMs,
	reps: phase === 'new' ? 0 : 1,
	lastReviewAtMs: phase === 'new' ? null : now - 1000,
	...extra
});
const settings = { newCardsPerDay: 20, maximumReviewsPerDay: 200 };
const queueOf = (cards: CardState[], count = 10, overrides: Partial<Parameters<typeof buildQueue>[0]> = {}) =>
	buildQueue({
		questions: Array.from({ length: count }, (_, i) => question(i + 1)),
		cards: new Map(cards.map((c) => [c.questionId, c])),
		nowMs: now,
		settings,
		newIntroducedToday: 0,
		reviewsDoneToday: 0,
		assignedQuestionIds: [],
		...overrides
	});
const ids = (...numbers: number[]) => numbers.map((n) => questionId(`q${n}`));

describe('buildQueue', () => {
	it('puts due learning cards first, then due reviews, then new cards in deck order', () => {
		const queue = queueOf([
			card(1, 'review', now - 5000),
			card(2, 'relearning', now - 1000),
			card(3, 'learning', now - 2000),
			card(4, 'review', now - 9000),
			card(5, 'review', now + 60_000)
		]);
		expect(queue.learning.map((c) => c.questionId)).toEqual(['q3', 'q2']);
		expect(queue.review.map((c) => c.questionId)).toEqual(['q4', 'q1']);
		expect(queue.fresh.map((q) => q.questionId)).toEqual(['q6', 'q7', 'q8', 'q9', 'q10']);
		expect(queueCounts(queue)).toEqual({ learning: 2, review: 2, new: 5 });
		expect(nextInQueue(queue, now)).toEqual({ kind: 'learning', card: queue.learning[0] });
	});

	it('caps new cards by what is left of the daily limit', () => {
		const queue = queueOf([], 30, {
			settings: { newCardsPerDay: 20, maximumReviewsPerDay: 200 },
			newIntroducedToday: 15
		});
		expect(queue.fresh).toHaveLength(5);
		expect(queueOf([], 30, { newIntroducedToday: 25 }).fresh).toHaveLength(0);
	});

	it('caps reviews by what is left of the daily maximum, but never learning cards', () => {
		const cards = [1, 2, 3, 4].map((n) => card(n, 'review', now - n)).concat(card(5, 'learning', now - 1));
		const queue = queueOf(cards, 5, {
			settings: { newCardsPerDay: 0, maximumReviewsPerDay: 3 },
			reviewsDoneToday: 1
		});
		expect(queue.review).toHaveLength(2);
		expect(queue.learning).toHaveLength(1);
	});

	it('leaves out suspended and buried cards, and cards of questions no longer in the deck', () => {
		const queue = queueOf(
			[
				card(1, 'review', now - 1, { suspended: true }),
				card(2, 'review', now - 1, { buriedUntilMs: now + 1000 }),
				card(3, 'review', now - 1, { buriedUntilMs: now - 1000 }),
				card(99, 'review', now - 1)
			],
			3
		);
		expect(queue.review.map((c) => c.questionId)).toEqual(['q3']);
		expect(queue.fresh).toEqual([]);
	});

	it('shows a learning card early only when nothing else is left, within the learn-ahead window', () => {
		const soon = card(1, 'learning', now + learnAheadMs - 1);
		const later = card(2, 'learning', now + learnAheadMs + 60_000);
		expect(nextInQueue(queueOf([soon], 1), now)).toEqual({ kind: 'learning', card: soon });
		expect(
			nextInQueue(queueOf([later], 2, { settings: { newCardsPerDay: 0, maximumReviewsPerDay: 9 } }), now)
		).toBe(undefined);
		expect(nextInQueue(queueOf([soon], 2), now)).toMatchObject({ kind: 'new', questionId: 'q2' });
	});
});

describe('buildQueue with assigned questions', () => {
	it('puts assigned new questions first, in the order assigned, before the other new cards', () => {
		const queue = queueOf([], 10, { assignedQuestionIds: ids(7, 3, 9) });
		expect(queue.fresh.map((q) => q.questionId)).toEqual(ids(7, 3, 9, 1, 2, 4, 5, 6, 8, 10));
		expect(nextInQueue(queue, now)).toMatchObject({ kind: 'new', questionId: 'q7' });
	});

	it('does not cap assigned questions by the daily new-card limit, but still caps the others', () => {
		const settingsOfFive = { newCardsPerDay: 5, maximumReviewsPerDay: 200 };
		const assigned = ids(1, 2, 3, 4, 5, 6, 7, 8);
		const queue = queueOf([], 20, { settings: settingsOfFive, assignedQuestionIds: assigned });
		expect(queue.fresh.map((q) => q.questionId)).toEqual([...assigned, ...ids(9, 10, 11, 12, 13)]);
		const spent = queueOf([], 20, {
			settings: settingsOfFive,
			newIntroducedToday: 5,
			assignedQuestionIds: ids(15)
		});
		expect(spent.fresh.map((q) => q.questionId)).toEqual(ids(15));
		expect(queueCounts(spent).new).toBe(1);
	});

	it('keeps the schedule of assigned questions already studied, and leaves out suspended or buried ones', () => {
		const queue = queueOf(
			[
				card(1, 'review', now + 60_000),
				card(2, 'review', now - 1000),
				card(3, 'new', now, { suspended: true }),
				card(4, 'new', now, { buriedUntilMs: now + 1000 })
			],
			6,
			{ assignedQuestionIds: ids(1, 2, 3, 4, 6) }
		);
		expect(queue.review.map((c) => c.questionId)).toEqual(ids(2));
		expect(queue.fresh.map((q) => q.questionId)).toEqual(ids(6, 5));
	});

	it('ignores assigned questions outside the scope and repeated ids', () => {
		const queue = queueOf([], 3, { assignedQuestionIds: ids(99, 2, 2, 3) });
		expect(queue.fresh.map((q) => q.questionId)).toEqual(ids(2, 3, 1));
	});
});
