// A review session as data: the model, the events that change it, and what to show next. The rune class in
// state/review-session.svelte.ts applies the effects (database writes, the settings subscription, timers) and
// feeds the results back here as events; everything it shows is read from this model.
import type { Grade } from '../grading';
import type { DeckId, QuestionId } from '../ids';
import { newCard, type CardState, type Rating } from '../scheduling/card';
import { dayMs, startOfStudyDayMs, studyDayNumber, type ClockShiftMinutes } from '../scheduling/clock';
import {
	buildQueue,
	learnAheadMs,
	nextInQueue,
	queueCounts,
	type QueueCounts,
	type QueueItem,
	type StudyQueue
} from '../scheduling/queue';
import { defaultReviewSettings, type ReviewSettings } from '../scheduling/settings';
import { CardOverlay } from './card-overlay';

/** A question in the session's scope. */
export type ScopeQuestion = { questionId: QuestionId; deckId: DeckId };

/** The learner's stored cards and today's work, as read from storage. */
export type StudySnapshot = {
	cards: ReadonlyMap<string, CardState>;
	newIntroducedToday: number;
	reviewsDoneToday: number;
	/** The questions in scope a teacher assigned, oldest assignment first. */
	assignedQuestionIds: readonly QuestionId[];
	/** Extra new cards the learner asked for today, above the daily limit (0 when none). */
	extraNewCardsToday?: number;
};

/** A change Z can take back: a rating, or a card action (suspend, bury, reset). */
export type UndoEntry =
	| {
			kind: 'rating';
			questionId: QuestionId;
			/** The log entry the rating wrote; undefined while it is still being written. */
			reviewId: number | undefined;
			before: CardState | undefined;
			after: CardState;
			rating: Rating;
	  }
	| {
			kind: 'action';
			questionId: QuestionId;
			reviewId: number | undefined;
			before: CardState | undefined;
			after: CardState | undefined;
	  };

/**
 * Study beyond today's queue, chosen on the "done for today" screen. Review ahead rates cards due in the next
 * days as ordinary reviews (written, rescheduled by FSRS from the real elapsed time); practice goes through
 * recently forgotten cards once each and writes nothing (see study-more.ts).
 */
export type StudyMore =
	| { kind: 'ahead'; questionIds: readonly QuestionId[]; sinceMs: number }
	| { kind: 'practice'; remaining: readonly QuestionId[]; practised: number };

export type ReviewModel = StudySnapshot & {
	/** Review ahead or practice under way; undefined for today's own queue. */
	more?: StudyMore;
	scope: readonly ScopeQuestion[];
	settings: ReviewSettings;
	clockShiftMinutes: ClockShiftMinutes;
	/** The study day today's counts belong to; past it they must be read again. */
	studyDay: number;
	/** What Z takes back, last change at the end. Kept when the session reloads. */
	undoStack: readonly UndoEntry[];
	/** Ratings of this session that can no longer be undone (their card changed elsewhere), for the tally. */
	settledRatings: readonly Rating[];
};

export type ReviewEvent =
	/** Storage was read (at the start, on a new study day, after another tab changed a card). */
	| {
			kind: 'loaded';
			nowMs: number;
			settings: ReviewSettings;
			clockShiftMinutes: ClockShiftMinutes;
			snapshot: StudySnapshot;
	  }
	/** Settings changed (on the settings page, in any tab) without moving the day boundary. */
	| { kind: 'settings-changed'; settings: ReviewSettings }
	/**
	 * A rating was given: the session moves on at once, while it is written (reviewId undefined until then, and
	 * `rating-saved` or `rating-failed` follows), or after it was written (reviewId known).
	 */
	| {
			kind: 'rated';
			reviewId: number | undefined;
			before: CardState | undefined;
			after: CardState;
			rating: Rating;
	  }
	/** A rating given before it was written has been saved as this log entry. */
	| { kind: 'rating-saved'; questionId: QuestionId; reviewId: number }
	/** A rating given before it was written could not be saved: the session is as if it was never given. */
	| { kind: 'rating-failed'; questionId: QuestionId }
	/** A card action (suspend, bury, reset) was saved; `after` is undefined when the card row was removed. */
	| {
			kind: 'card-changed';
			questionId: QuestionId;
			reviewId: number | undefined;
			before: CardState | undefined;
			after: CardState | undefined;
	  }
	/** The learner chose review ahead or practice on the "done for today" screen. */
	| { kind: 'study-more'; more: StudyMore | undefined }
	/** A practised card was answered: it leaves the practice (nothing is written). */
	| { kind: 'practised'; questionId: QuestionId }
	/** The last change was taken back in storage. */
	| { kind: 'undone' }
	/** The last change could not be taken back (its card changed elsewhere): it leaves the undo stack. */
	| { kind: 'undo-refused' };

/** A session before storage has been read: nothing due, nothing to undo. */
export function emptyReviewModel(scope: readonly ScopeQuestion[]): ReviewModel {
	return {
		scope,
		settings: defaultReviewSettings,
		clockShiftMinutes: 0,
		studyDay: 0,
		cards: new Map(),
		newIntroducedToday: 0,
		reviewsDoneToday: 0,
		assignedQuestionIds: [],
		undoStack: [],
		settledRatings: []
	};
}

/** The session after an event. Pure: the model passed in is never changed. */
export function reviewReducer(model: ReviewModel, event: ReviewEvent): ReviewModel {
	switch (event.kind) {
		case 'loaded':
			return {
				...model,
				...event.snapshot,
				settings: event.settings,
				clockShiftMinutes: event.clockShiftMinutes,
				studyDay: studyDayNumber(event.nowMs, event.clockShiftMinutes)
			};
		case 'settings-changed':
			return { ...model, settings: event.settings };
		case 'study-more':
			return { ...model, more: event.more };
		case 'practised': {
			if (model.more?.kind !== 'practice') return model;
			const remaining = model.more.remaining.filter((id) => id !== event.questionId);
			const practised = model.more.practised + (remaining.length < model.more.remaining.length ? 1 : 0);
			return { ...model, more: { kind: 'practice', remaining, practised } };
		}
		case 'rated': {
			const questionId = event.after.questionId;
			return {
				...withCard(model, questionId, event.after),
				...todayCounts(model, event.before?.phase ?? 'new', +1),
				undoStack: [...model.undoStack, { ...event, kind: 'rating', questionId }]
			};
		}
		case 'rating-saved': {
			const index = pendingRatingIndex(model, event.questionId);
			if (index === -1) return model;
			const undoStack = [...model.undoStack];
			undoStack[index] = { ...undoStack[index]!, reviewId: event.reviewId };
			return { ...model, undoStack };
		}
		case 'rating-failed': {
			const index = pendingRatingIndex(model, event.questionId);
			const entry = model.undoStack[index];
			if (!entry) return model;
			const undoStack = model.undoStack.filter((_, position) => position !== index);
			// The card goes back to what is stored, unless it changed again since (that change then fails too).
			const restored =
				model.cards.get(event.questionId) === entry.after
					? withCard(model, event.questionId, entry.before)
					: model;
			return { ...restored, ...todayCounts(model, entry.before?.phase ?? 'new', -1), undoStack };
		}
		case 'card-changed':
			return {
				...withCard(model, event.questionId, event.after),
				undoStack: [...model.undoStack, { ...event, kind: 'action' }]
			};
		case 'undone': {
			const entry = model.undoStack.at(-1);
			if (!entry) return model;
			const undoStack = model.undoStack.slice(0, -1);
			const restored = { ...withCard(model, entry.questionId, entry.before), undoStack };
			if (entry.kind === 'action') return restored;
			return { ...restored, ...todayCounts(model, entry.before?.phase ?? 'new', -1) };
		}
		case 'undo-refused': {
			const entry = model.undoStack.at(-1);
			if (!entry) return model;
			return {
				...model,
				undoStack: model.undoStack.slice(0, -1),
				settledRatings:
					entry.kind === 'rating' ? [...model.settledRatings, entry.rating] : model.settledRatings
			};
		}
		default: {
			const unreachable: never = event;
			return unreachable;
		}
	}
}

/** The last rating of this card still being written, or -1. */
function pendingRatingIndex(model: ReviewModel, questionId: QuestionId): number {
	return model.undoStack.findLastIndex(
		(entry) => entry.kind === 'rating' && entry.questionId === questionId && entry.reviewId === undefined
	);
}

/** The model with one card changed: the other cards are shared, not copied (card-overlay.ts). */
function withCard(model: ReviewModel, questionId: QuestionId, card: CardState | undefined): ReviewModel {
	return { ...model, cards: CardOverlay.of(model.cards).with(questionId, card) };
}

/** A rating counts towards today's limits by the phase the card was in: new cards and reviews have limits. */
function todayCounts(
	model: ReviewModel,
	phaseBefore: CardState['phase'],
	direction: 1 | -1
): Pick<ReviewModel, 'newIntroducedToday' | 'reviewsDoneToday'> {
	return {
		newIntroducedToday: model.newIntroducedToday + (phaseBefore === 'new' ? direction : 0),
		reviewsDoneToday: model.reviewsDoneToday + (phaseBefore === 'review' ? direction : 0)
	};
}

/**
 * The last queue built for each model, at one moment: showing the next card and its counts after a rating read
 * the same queue, which with 100,000 questions in scope takes tens of milliseconds to build.
 */
const builtQueues = new WeakMap<ReviewModel, { nowMs: number; queue: StudyQueue }>();

/** What is due now in the session's scope, within today's limits. */
export function sessionQueue(model: ReviewModel, nowMs: number): StudyQueue {
	const built = builtQueues.get(model);
	if (built?.nowMs === nowMs) return built.queue;
	const queue = buildQueue({
		questions: model.scope,
		cards: model.cards,
		nowMs,
		settings: model.settings,
		newIntroducedToday: model.newIntroducedToday,
		reviewsDoneToday: model.reviewsDoneToday,
		extraNewCardsToday: model.extraNewCardsToday,
		assignedQuestionIds: model.assignedQuestionIds
	});
	builtQueues.set(model, { nowMs, queue });
	return queue;
}

/** The counts on screen, and the learning cards due later today that the session still waits for. */
export function sessionCounts(model: ReviewModel, nowMs: number): QueueCounts & { waiting: number } {
	const practice = practiceCards(model).length;
	if (practice > 0) return { new: 0, learning: 0, review: practice, waiting: 0 };
	const queue = sessionQueue(model, nowMs);
	const counts = queueCounts(queue);
	return {
		...counts,
		review: counts.review + aheadCards(model, nowMs).length,
		waiting: queue.laterLearning.length
	};
}

/** The review-ahead cards not yet reviewed since review ahead began, in the order chosen. */
function aheadCards(model: ReviewModel, nowMs: number): CardState[] {
	const more = model.more;
	if (more?.kind !== 'ahead') return [];
	return more.questionIds.flatMap((questionId) => {
		const card = model.cards.get(questionId);
		const waiting =
			card &&
			card.phase === 'review' &&
			!card.suspended &&
			card.buriedUntilMs <= nowMs &&
			(card.lastReviewAtMs ?? 0) < more.sinceMs;
		return waiting ? [card] : [];
	});
}

/** Whether the card on screen is practice (checked, never rated or written): practice cards remain. */
export const isPractising = (model: ReviewModel) => practiceCards(model).length > 0;

/** The practice cards still to go (a card reset or removed meanwhile drops out). */
function practiceCards(model: ReviewModel): CardState[] {
	if (model.more?.kind !== 'practice') return [];
	return model.more.remaining.flatMap((questionId) => {
		const card = model.cards.get(questionId);
		return card && card.phase !== 'new' && !card.suspended ? [card] : [];
	});
}

/** The card to show: as stored (undefined if never studied) and as it will be scheduled. */
export type ShownCard = {
	item: QueueItem;
	questionId: QuestionId;
	stored: CardState | undefined;
	card: CardState;
};

export type NextStep =
	| ({ kind: 'card' } & ShownCard)
	/** Only learning cards due later are left: the first is shown at showAtMs (learn-ahead). */
	| { kind: 'waiting'; showAtMs: number }
	/** Nothing left today; nextDueAtMs is when the next studied card falls due, if any. */
	| { kind: 'done'; nextDueAtMs: number | undefined }
	/** The study day changed since storage was read: today's counts must be read again. */
	| { kind: 'new-day' };

/** What the session shows next: learning cards first, then reviews, then new cards, then learn-ahead. */
export function nextStep(model: ReviewModel, nowMs: number): NextStep {
	if (isNewStudyDay(model, nowMs)) return { kind: 'new-day' };
	// Practice first while it lasts; then today's own queue again (a learning card may have fallen due).
	const [practice] = practiceCards(model);
	if (practice) return { kind: 'card', ...shownAgain(practice, practice, nowMs) };
	const queue = sessionQueue(model, nowMs);
	const [ahead] = aheadCards(model, nowMs);
	const item = nextInQueue(queue, nowMs) ?? (ahead ? { kind: 'review' as const, card: ahead } : undefined);
	if (item) {
		const questionId = item.kind === 'new' ? item.questionId : item.card.questionId;
		const stored = model.cards.get(questionId);
		const card = item.kind === 'new' ? (stored ?? newCard(questionId, item.deckId, nowMs)) : item.card;
		return { kind: 'card', item, questionId, stored, card };
	}
	const [waiting] = queue.laterLearning;
	if (waiting) return { kind: 'waiting', showAtMs: waiting.dueAtMs - learnAheadMs };
	return { kind: 'done', nextDueAtMs: earliestDueMs(model) };
}

/** Whether a new study day has begun since the counts were read. */
export const isNewStudyDay = (model: ReviewModel, nowMs: number) =>
	studyDayNumber(nowMs, model.clockShiftMinutes) !== model.studyDay;

function earliestDueMs(model: ReviewModel): number | undefined {
	let earliest: number | undefined;
	for (const { questionId } of model.scope) {
		const card = model.cards.get(questionId);
		if (!card || card.suspended || card.phase === 'new') continue;
		const due = Math.max(card.dueAtMs, card.buriedUntilMs);
		if (earliest === undefined || due < earliest) earliest = due;
	}
	return earliest;
}

/** How the card a change touched is shown again (after undo, or a reset): as it is now stored, or as new. */
export function shownAgain(question: ScopeQuestion, stored: CardState | undefined, nowMs: number): ShownCard {
	const card = stored ?? newCard(question.questionId, question.deckId, nowMs);
	const item: QueueItem =
		card.phase === 'new'
			? { kind: 'new', questionId: question.questionId, deckId: question.deckId }
			: { kind: card.phase === 'review' ? 'review' : 'learning', card };
	return { item, questionId: question.questionId, stored, card };
}

/** Ratings given this session that still stand: those on the undo stack and those settled. */
export function sessionTally(model: ReviewModel): { reviewed: number; remembered: number } {
	const ratings = [
		...model.settledRatings,
		...model.undoStack.flatMap((entry) => (entry.kind === 'rating' ? [entry.rating] : []))
	];
	return { reviewed: ratings.length, remembered: ratings.filter((rating) => rating !== 'again').length };
}

/** A buried card comes back when the next study day begins. */
export const buriedUntilMs = (model: ReviewModel, nowMs: number) =>
	startOfStudyDayMs(nowMs, model.clockShiftMinutes) + dayMs;

/** Auto-graded answers preselect a rating: wrong → Again, almost → Hard, right → Good. Flashcards: none. */
export function suggestedRating(grade: Grade): Rating | undefined {
	switch (grade.kind) {
		case 'correct':
			return 'good';
		case 'near-miss':
			return 'hard';
		case 'wrong':
			return 'again';
		case 'self-graded':
			return undefined;
		default: {
			const unreachable: never = grade;
			return unreachable;
		}
	}
}
