import { describe, expect, it } from 'vitest';
import { deckId, questionId } from '$lib/domain/ids';
import {
	emptyReviewModel,
	isPractising,
	nextStep,
	reviewReducer,
	sessionCounts,
	type ReviewEvent,
	type ReviewModel
} from '$lib/domain/review/session';
import {
	forgottenIds,
	forgottenWithinDays,
	isDoneForToday,
	reviewAheadDays,
	reviewAheadIds,
	studyMoreOffer,
	tomorrowForecast
} from '$lib/domain/review/study-more';
import { extraNewCardsStep, extraNewCardsToday, withExtraNewCards } from '$lib/domain/review/extra-new-cards';
import { newCard, type CardState, type Phase, type ReviewEntry } from '$lib/domain/scheduling/card';
import { clockShift, dayMs, startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import { buildQueue } from '$lib/domain/scheduling/queue';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';

// A fixed clock: 16:00 in Taipei (UTC+8), the study day starting at the default hour (4 AM).
const now = Date.parse('2025-09-05T08:00:00Z');
const shift = clockShift(480, defaultReviewSettings.dayStartHour);
const dayStart = startOfStudyDayMs(now, shift);
const deck = deckId('d');
const id = (n: number) => questionId(`q${n}`);
const scope = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ questionId: id(i + 1), deckId: deck }));
const card = (n: number, phase: Phase, dueAtMs: number, extra: Partial<CardState> = {}): CardState => ({
	...newCard(id(n), deck, now),
	phase,
	dueAtMs,
	reps: phase === 'new' ? 0 : 3,
	stability: phase === 'new' ? 0 : 5,
	difficulty: phase === 'new' ? 0 : 5,
	lastReviewAtMs: phase === 'new' ? null : now - 5 * dayMs,
	...extra
});
const cardsOf = (...cards: CardState[]) => new Map(cards.map((c) => [c.questionId, c]));
const lapse = (
	n: number,
	atMs: number
): Pick<ReviewEntry, 'questionId' | 'reviewedAtMs' | 'rating' | 'phaseBefore'> => ({
	questionId: id(n),
	reviewedAtMs: atMs,
	rating: 1,
	phaseBefore: 'review'
});

describe('extra new cards today', () => {
	it('counts only an increase made on this study day, and adds to it', () => {
		expect(extraNewCardsToday(undefined, dayStart)).toBe(0);
		expect(extraNewCardsToday({ dayStartMs: dayStart, extraNewCards: 10 }, dayStart)).toBe(10);
		// Made yesterday: expired, so tomorrow's limit is the setting again.
		expect(extraNewCardsToday({ dayStartMs: dayStart - dayMs, extraNewCards: 10 }, dayStart)).toBe(0);
		expect(extraNewCardsToday({ dayStartMs: dayStart, extraNewCards: 'x' }, dayStart)).toBe(0);
		expect(withExtraNewCards({ dayStartMs: dayStart, extraNewCards: 10 }, dayStart, 5)).toEqual({
			dayStartMs: dayStart,
			extraNewCards: 15
		});
		expect(withExtraNewCards({ dayStartMs: dayStart - dayMs, extraNewCards: 10 }, dayStart, 5)).toEqual({
			dayStartMs: dayStart,
			extraNewCards: 5
		});
	});

	it('raises the queue’s new-card allowance above the setting', () => {
		const settings = defaultReviewSettings;
		const questions = scope(settings.newCardsPerDay + extraNewCardsStep + 5);
		const input = {
			questions,
			cards: new Map(),
			nowMs: now,
			settings,
			newIntroducedToday: settings.newCardsPerDay,
			reviewsDoneToday: 0,
			assignedQuestionIds: []
		};
		expect(buildQueue(input).fresh).toHaveLength(0);
		expect(buildQueue({ ...input, extraNewCardsToday: extraNewCardsStep }).fresh).toHaveLength(
			extraNewCardsStep
		);
	});
});

describe('review ahead', () => {
	it('takes review cards due within the next days, earliest first, and nothing due now, later, suspended or learning', () => {
		const horizon = dayStart + (1 + reviewAheadDays) * dayMs;
		const cards = cardsOf(
			card(1, 'review', now + 2 * dayMs),
			card(2, 'review', now + 3 * 60_000),
			card(3, 'review', horizon + 1),
			card(4, 'review', now - 1),
			card(5, 'review', now + dayMs, { suspended: true }),
			card(6, 'learning', now + 60_000),
			card(7, 'review', horizon - 1)
		);
		expect(reviewAheadIds(scope(8), cards, now, shift)).toEqual([id(2), id(1), id(7)]);
	});
});

describe('forgotten cards', () => {
	it('are cards in scope whose review lapsed recently, most recent first', () => {
		const cards = cardsOf(
			card(1, 'relearning', now + 60_000, { lapses: 1 }),
			card(2, 'review', now + dayMs, { lapses: 1 }),
			card(3, 'review', now + dayMs, { lapses: 1 }),
			card(4, 'review', now + dayMs, { lapses: 1, suspended: true })
		);
		const log = [
			lapse(1, now - 60_000),
			lapse(2, now - 2 * dayMs),
			// Too long ago.
			lapse(3, now - (forgottenWithinDays + 1) * dayMs),
			lapse(4, now - dayMs),
			// Out of scope.
			lapse(9, now - dayMs),
			// Again on a learning card is not a lapse; Good on a review is not forgetting.
			{ ...lapse(3, now - dayMs), phaseBefore: 'learning' as const },
			{ ...lapse(3, now - dayMs), rating: 3 as const }
		];
		expect(forgottenIds(scope(4), cards, log, now)).toEqual([id(1), id(2)]);
	});
});

describe('tomorrow’s forecast', () => {
	it('counts studied cards due before tomorrow ends and the new cards tomorrow allows', () => {
		const endOfTomorrow = dayStart + 2 * dayMs;
		const cards = cardsOf(
			card(1, 'review', endOfTomorrow - 1),
			card(2, 'review', endOfTomorrow),
			card(3, 'learning', now + 60_000),
			card(4, 'review', now + dayMs, { suspended: true }),
			card(5, 'new', now)
		);
		const forecast = tomorrowForecast(scope(8), cards, now, shift, {
			newCardsPerDay: 2,
			maximumReviewsPerDay: 100
		});
		// q1 and q3 due; q5-q8 are four unstarted cards, of which the limit allows two.
		expect(forecast).toEqual({ due: 2, newCards: 2 });
		expect(
			tomorrowForecast(scope(8), cards, now, shift, { newCardsPerDay: 20, maximumReviewsPerDay: 0 }).due
		).toBe(1);
	});
});

describe('the offer', () => {
	it('offers extra new cards only while unstarted ones remain, and says when nothing is left', () => {
		const input = {
			scope: scope(2),
			cards: cardsOf(card(1, 'review', now + 30 * dayMs), card(2, 'review', now + 30 * dayMs)),
			recentLog: [],
			nowMs: now,
			shift,
			settings: defaultReviewSettings
		};
		const offer = studyMoreOffer(input);
		expect(offer.extraNew).toBe(0);
		expect(isDoneForToday(offer)).toBe(true);
		expect(studyMoreOffer({ ...input, scope: scope(3) }).extraNew).toBe(1);
		expect(isDoneForToday(studyMoreOffer({ ...input, scope: scope(3) }))).toBe(false);
	});
});

const loaded = (cards: CardState[]): ReviewEvent => ({
	kind: 'loaded',
	nowMs: now,
	settings: defaultReviewSettings,
	clockShiftMinutes: shift,
	snapshot: { cards: cardsOf(...cards), newIntroducedToday: 0, reviewsDoneToday: 0, assignedQuestionIds: [] }
});
const model = (count: number, ...events: ReviewEvent[]): ReviewModel =>
	events.reduce(reviewReducer, emptyReviewModel(scope(count)));
const shownId = (m: ReviewModel) => {
	const step = nextStep(m, now);
	return step.kind === 'card' ? step.questionId : step.kind;
};

describe('the session after the daily limit', () => {
	it('reviews ahead the chosen cards after today’s queue, until each has been reviewed', () => {
		let m = model(2, loaded([card(1, 'review', now + dayMs), card(2, 'review', now + 2 * dayMs)]));
		expect(shownId(m)).toBe('done');
		m = reviewReducer(m, {
			kind: 'study-more',
			more: { kind: 'ahead', questionIds: [id(2), id(1)], sinceMs: now }
		});
		expect(sessionCounts(m, now).review).toBe(2);
		expect(shownId(m)).toBe('q2');
		const step = nextStep(m, now);
		if (step.kind !== 'card') throw new Error('expected a card');
		m = reviewReducer(m, {
			kind: 'rated',
			reviewId: 1,
			before: step.stored,
			after: { ...step.card, dueAtMs: now + 5 * dayMs, lastReviewAtMs: now + 1 },
			rating: 'good'
		});
		expect(shownId(m)).toBe('q1');
		expect(sessionCounts(m, now).review).toBe(1);
	});

	it('practises each forgotten card once, writes nothing, then returns to today’s queue', () => {
		let m = model(2, loaded([card(1, 'relearning', now + 60 * 60_000), card(2, 'review', now + dayMs)]));
		m = reviewReducer(m, {
			kind: 'study-more',
			more: { kind: 'practice', remaining: [id(2), id(1)], practised: 0 }
		});
		expect(isPractising(m)).toBe(true);
		expect(shownId(m)).toBe('q2');
		m = reviewReducer(m, { kind: 'practised', questionId: id(2) });
		expect(shownId(m)).toBe('q1');
		const before = m.cards;
		m = reviewReducer(m, { kind: 'practised', questionId: id(1) });
		expect(isPractising(m)).toBe(false);
		expect(m.more).toEqual({ kind: 'practice', remaining: [], practised: 2 });
		// No card changed, nothing was counted as studied today.
		expect(m.cards).toEqual(before);
		expect(m.reviewsDoneToday).toBe(0);
		// Today's queue again: the relearning card is not due for an hour.
		expect(nextStep(m, now).kind).toBe('waiting');
	});
});
