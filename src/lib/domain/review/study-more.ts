// What comes after the daily limit: when today's queue is empty, the learner can study more (extra new cards
// today, review ahead, practise forgotten cards) or stop, told how much tomorrow holds. Pure selection logic:
// the data layer reads the cards and the log, the session applies the choice.
import type { QuestionId } from '../ids';
import type { CardState, ReviewEntry } from '../scheduling/card';
import { dayMs, startOfStudyDayMs, type ClockShiftMinutes } from '../scheduling/clock';
import type { ReviewSettings } from '../scheduling/settings';
import type { ScopeQuestion } from './session';
export { extraNewCardsStep } from './extra-new-cards';
import { extraNewCardsStep } from './extra-new-cards';

/** Review ahead takes cards due within this many study days after today. */
export const reviewAheadDays = 3;
/** A card lapsed (a review rated Again) within this many days counts as recently forgotten. */
export const forgottenWithinDays = 7;
const isActive = (card: CardState, nowMs: number) => !card.suspended && card.buriedUntilMs <= nowMs;

/**
 * Review cards in scope not due yet but due within `reviewAheadDays` study days after today, earliest first.
 * Reviewing them early is an ordinary review: FSRS uses the real elapsed time, so an early success raises
 * stability less than an on-time one, and the card is rescheduled from today.
 */
export function reviewAheadIds(
	scope: readonly ScopeQuestion[],
	cards: ReadonlyMap<string, CardState>,
	nowMs: number,
	shift: ClockShiftMinutes
): QuestionId[] {
	const horizonMs = startOfStudyDayMs(nowMs, shift) + (1 + reviewAheadDays) * dayMs;
	return scope
		.flatMap(({ questionId }) => {
			const card = cards.get(questionId);
			return card &&
				card.phase === 'review' &&
				isActive(card, nowMs) &&
				card.dueAtMs > nowMs &&
				card.dueAtMs < horizonMs
				? [card]
				: [];
		})
		.sort((a, b) => a.dueAtMs - b.dueAtMs || a.questionId.localeCompare(b.questionId))
		.map((card) => card.questionId);
}

/**
 * Cards in scope that lapsed (a review-phase card rated Again) within `forgottenWithinDays`, most recent lapse
 * first. Practising them writes nothing: they already carry their lapse and relearning steps, and extra
 * same-day ratings would inflate their stability and skew the log the optimizer learns from.
 */
export function forgottenIds(
	scope: readonly ScopeQuestion[],
	cards: ReadonlyMap<string, CardState>,
	log: readonly Pick<ReviewEntry, 'questionId' | 'reviewedAtMs' | 'rating' | 'phaseBefore'>[],
	nowMs: number
): QuestionId[] {
	const inScope = new Set(scope.map(({ questionId }) => questionId));
	const sinceMs = nowMs - forgottenWithinDays * dayMs;
	const lastLapse = new Map<QuestionId, number>();
	for (const entry of log) {
		if (entry.rating !== 1 || entry.phaseBefore !== 'review' || entry.reviewedAtMs < sinceMs) continue;
		if (!inScope.has(entry.questionId)) continue;
		const card = cards.get(entry.questionId);
		if (!card || card.suspended || card.phase === 'new') continue;
		lastLapse.set(entry.questionId, Math.max(lastLapse.get(entry.questionId) ?? 0, entry.reviewedAtMs));
	}
	return [...lastLapse]
		.sort(([aId, aMs], [bId, bMs]) => bMs - aMs || aId.localeCompare(bId))
		.map(([questionId]) => questionId);
}

/** What tomorrow's study day holds: cards due by its end (reviews capped by the daily limit) and new cards. */
export type TomorrowForecast = { due: number; newCards: number };

/** Tomorrow's forecast from the stored cards: everything studied that falls due before tomorrow ends. */
export function tomorrowForecast(
	scope: readonly ScopeQuestion[],
	cards: ReadonlyMap<string, CardState>,
	nowMs: number,
	shift: ClockShiftMinutes,
	settings: Pick<ReviewSettings, 'newCardsPerDay' | 'maximumReviewsPerDay'>
): TomorrowForecast {
	const endOfTomorrowMs = startOfStudyDayMs(nowMs, shift) + 2 * dayMs;
	let reviews = 0;
	let learning = 0;
	let unstarted = 0;
	for (const { questionId } of scope) {
		const card = cards.get(questionId);
		if (card?.suspended) continue;
		if (!card || card.phase === 'new') {
			unstarted++;
			continue;
		}
		if (Math.max(card.dueAtMs, card.buriedUntilMs) >= endOfTomorrowMs) continue;
		if (card.phase === 'review') reviews++;
		else learning++;
	}
	return {
		due: learning + Math.min(reviews, settings.maximumReviewsPerDay),
		newCards: Math.min(unstarted, settings.newCardsPerDay)
	};
}

/** What the "done for today" screen offers, for the questions in scope. */
export type StudyMoreOffer = {
	/** New cards that one "more new cards" would add today (0: none left in scope). */
	extraNew: number;
	reviewAhead: QuestionId[];
	forgotten: QuestionId[];
	tomorrow: TomorrowForecast;
};

export type StudyMoreInput = {
	scope: readonly ScopeQuestion[];
	cards: ReadonlyMap<string, CardState>;
	/** The log since `forgottenWithinDays` ago (older entries are ignored). */
	recentLog: readonly Pick<ReviewEntry, 'questionId' | 'reviewedAtMs' | 'rating' | 'phaseBefore'>[];
	nowMs: number;
	shift: ClockShiftMinutes;
	settings: Pick<ReviewSettings, 'newCardsPerDay' | 'maximumReviewsPerDay'>;
};

/** Every way to go on once today's queue is empty, and tomorrow's forecast. */
export function studyMoreOffer(input: StudyMoreInput): StudyMoreOffer {
	const { scope, cards, nowMs, shift } = input;
	const unstarted = scope.filter(({ questionId }) => {
		const card = cards.get(questionId);
		return !card || (card.phase === 'new' && isActive(card, nowMs));
	}).length;
	return {
		extraNew: Math.min(unstarted, extraNewCardsStep),
		reviewAhead: reviewAheadIds(scope, cards, nowMs, shift),
		forgotten: forgottenIds(scope, cards, input.recentLog, nowMs),
		tomorrow: tomorrowForecast(scope, cards, nowMs, shift, input.settings)
	};
}

/** Nothing at all to study beyond today's queue: the screen says so instead of offering empty choices. */
export const isDoneForToday = (offer: StudyMoreOffer) =>
	offer.extraNew === 0 && offer.reviewAhead.length === 0 && offer.forgotten.length === 0;
