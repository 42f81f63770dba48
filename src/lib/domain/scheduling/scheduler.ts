// The only module that imports ts-fsrs: the rest of the app speaks CardState, Rating and epoch milliseconds.
import {
	createEmptyCard,
	fsrs,
	GenSeedStrategyWithCardId,
	Rating as FsrsRating,
	State,
	StrategyMode,
	type Card,
	type FSRS,
	type IPreview,
	type Grade,
	type StepUnit
} from 'ts-fsrs';
import { dayMs, fromSchedulerMs, startOfStudyDayMs, toSchedulerMs, type ClockShiftMinutes } from './clock';
import {
	phases,
	ratingNumber,
	ratings,
	type CardState,
	type Phase,
	type Rating,
	type ReviewEntry
} from './card';
import { SchedulerError } from './scheduler-error';
import type { ReviewSettings } from './settings';

export { SchedulerError };

/**
 * The time a review counts at: now, or the card's last review if the clock now reads earlier (it was set back
 * after reviews made with it ahead). FSRS refuses negative elapsed time, and the log stays in order for replay
 * and for the optimizer; the review counts as a second one on the same day.
 */
export function reviewTimeMs(card: Pick<CardState, 'lastReviewAtMs'>, nowMs: number): number {
	return card.lastReviewAtMs === null ? nowMs : Math.max(nowMs, card.lastReviewAtMs);
}

const isSchedulable = (card: CardState) =>
	[card.dueAtMs, card.stability, card.difficulty, card.scheduledDays, card.lastReviewAtMs ?? 0].every(
		Number.isFinite
	);

/** What one rating would do: the card after it, its log entry, and the interval it gives. */
export type ReviewOutcome = { rating: Rating; card: CardState; entry: ReviewEntry; intervalMs: number };

export type ReviewContext = {
	nowMs: number;
	clockShiftMinutes: ClockShiftMinutes;
	durationMs: number;
	origin: ReviewEntry['origin'];
};

const fsrsRating: Record<Rating, Grade> = {
	again: FsrsRating.Again,
	hard: FsrsRating.Hard,
	good: FsrsRating.Good,
	easy: FsrsRating.Easy
};
const fsrsState: Record<Phase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

type SeededCard = Card & { card_id: string };

function toFsrsCard(card: CardState, shift: ClockShiftMinutes): SeededCard {
	const base =
		card.phase === 'new'
			? createEmptyCard<Card>(new Date(toSchedulerMs(card.dueAtMs, shift)))
			: {
					...createEmptyCard<Card>(new Date(toSchedulerMs(card.dueAtMs, shift))),
					stability: card.stability,
					difficulty: card.difficulty,
					scheduled_days: card.scheduledDays,
					learning_steps: card.learningSteps,
					reps: card.reps,
					lapses: card.lapses,
					state: fsrsState[card.phase],
					last_review:
						card.lastReviewAtMs === null ? undefined : new Date(toSchedulerMs(card.lastReviewAtMs, shift))
				};
	// Fuzz is seeded by card id and repetition count, so a preview and its commit (or a replay) always agree.
	return { ...base, reps: card.reps, lapses: card.lapses, card_id: card.questionId };
}

const steps = (minutes: number[]) => minutes.map((value) => `${value}m` as StepUnit);

/** A scheduler for the given settings. */
export class Scheduler {
	private readonly engine: FSRS;

	constructor(private readonly settings: ReviewSettings) {
		this.engine = fsrs({
			request_retention: settings.desiredRetention,
			maximum_interval: settings.maximumIntervalDays,
			enable_fuzz: settings.fuzz,
			learning_steps: steps(settings.learningStepsMinutes),
			relearning_steps: steps(settings.relearningStepsMinutes),
			...(settings.fsrsParameters ? { w: settings.fsrsParameters } : {})
		}).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('card_id'));
	}

	/**
	 * The outcome of each of the four ratings, computed once: the one committed is the one shown. Throws
	 * SchedulerError when the card cannot be scheduled, rather than returning a card with NaN in it.
	 */
	preview(card: CardState, context: ReviewContext): Record<Rating, ReviewOutcome> {
		const shift = context.clockShiftMinutes;
		const reviewAtMs = reviewTimeMs(card, context.nowMs);
		if (!isSchedulable(card)) throw new SchedulerError(card.questionId, 'its stored state is not a number');
		let record: IPreview;
		try {
			record = this.engine.repeat(toFsrsCard(card, shift), new Date(toSchedulerMs(reviewAtMs, shift)));
		} catch (error) {
			throw new SchedulerError(card.questionId, error);
		}
		const outcomes = {} as Record<Rating, ReviewOutcome>;
		for (const rating of ratings) {
			const next = record[fsrsRating[rating]].card;
			const phase = phases[next.state]!;
			// A card due in days is due from the start of that study day (4 AM by default), as in Anki.
			const dueAtMs =
				phase === 'review'
					? startOfStudyDayMs(reviewAtMs + next.scheduled_days * dayMs, shift)
					: fromSchedulerMs(next.due.getTime(), shift);
			const lapses = next.lapses;
			const after: CardState = {
				...card,
				phase,
				dueAtMs,
				stability: next.stability,
				difficulty: next.difficulty,
				scheduledDays: next.scheduled_days,
				learningSteps: next.learning_steps,
				reps: next.reps,
				lapses,
				lastReviewAtMs: reviewAtMs,
				leech: card.leech || lapses >= this.settings.leechLapses,
				buriedUntilMs: 0
			};
			if (!isSchedulable(after)) throw new SchedulerError(card.questionId, `rating ${rating} gives NaN`);
			outcomes[rating] = {
				rating,
				card: after,
				// A review interval is shown as the days FSRS scheduled (due at that day's start); a learning step as the
				// time until it is due.
				intervalMs: phase === 'review' ? next.scheduled_days * dayMs : Math.max(0, dueAtMs - context.nowMs),
				entry: {
					questionId: card.questionId,
					deckId: card.deckId,
					reviewedAtMs: reviewAtMs,
					rating: ratingNumber[rating],
					phaseBefore: card.phase,
					durationMs: Math.max(0, Math.round(context.durationMs)),
					clockShiftMinutes: shift,
					origin: context.origin
				}
			};
		}
		return outcomes;
	}

	/** The chance (0 to 1) the learner still recalls the card now; 0 for a new card. */
	retrievability(card: CardState, nowMs: number, shift: ClockShiftMinutes): number {
		if (card.phase === 'new') return 0;
		return this.engine.get_retrievability(
			toFsrsCard(card, shift),
			new Date(toSchedulerMs(reviewTimeMs(card, nowMs), shift)),
			false
		);
	}
}
