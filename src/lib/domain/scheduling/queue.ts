import type { DeckId, QuestionId } from '../ids';
import type { CardState } from './card';
import type { ReviewSettings } from './settings';

/** Learning cards due within this window are shown early when nothing else is left (as Anki does). */
export const learnAheadMs = 20 * 60_000;

/** A question in scope for a session, with its card if it has ever been studied. */
export type QueueInput = {
	questions: readonly { questionId: QuestionId; deckId: DeckId }[];
	cards: ReadonlyMap<string, CardState>;
	nowMs: number;
	settings: Pick<ReviewSettings, 'newCardsPerDay' | 'maximumReviewsPerDay'>;
	/** New cards already introduced and reviews already done since the study day began. */
	newIntroducedToday: number;
	reviewsDoneToday: number;
	/** A one-day increase of the new-card limit the learner asked for today ("more new cards"); 0 when none. */
	extraNewCardsToday?: number;
	/**
	 * Questions a teacher assigned, in the order assigned. Those still new come before other new cards and are
	 * not capped by the daily new-card limit (they still count towards it once introduced).
	 */
	assignedQuestionIds: readonly QuestionId[];
};

export type QueueItem =
	| { kind: 'learning'; card: CardState }
	| { kind: 'review'; card: CardState }
	| { kind: 'new'; questionId: QuestionId; deckId: DeckId };

export type StudyQueue = {
	/** Due (re)learning cards, earliest first. */
	learning: CardState[];
	/** Due review cards, earliest first, capped by the daily review limit. */
	review: CardState[];
	/** New questions: assigned ones first (in assignment order, uncapped), then the rest in deck order, capped. */
	fresh: { questionId: QuestionId; deckId: DeckId }[];
	/** (Re)learning cards due later, earliest first: shown within learnAheadMs when nothing else is left. */
	laterLearning: CardState[];
};

export type QueueCounts = { new: number; learning: number; review: number };

/** Whether a card may be shown now: neither suspended nor buried. */
export const isActive = (card: CardState, nowMs: number) => !card.suspended && card.buriedUntilMs <= nowMs;
const byDue = (a: CardState, b: CardState) =>
	a.dueAtMs - b.dueAtMs || a.questionId.localeCompare(b.questionId);

/** Sorts the questions in scope into what is due now: learning first, then reviews, then new cards. */
export function buildQueue(input: QueueInput): StudyQueue {
	const learning: CardState[] = [];
	const laterLearning: CardState[] = [];
	const review: CardState[] = [];
	const fresh: StudyQueue['fresh'] = [];
	for (const question of input.questions) {
		const card = input.cards.get(question.questionId);
		if (!card || card.phase === 'new') {
			if (!card || isActive(card, input.nowMs)) fresh.push(question);
			continue;
		}
		if (!isActive(card, input.nowMs)) continue;
		if (card.phase === 'review') {
			if (card.dueAtMs <= input.nowMs) review.push(card);
		} else if (card.dueAtMs <= input.nowMs) learning.push(card);
		else laterLearning.push(card);
	}
	const allowance = allowanceOf(input.settings, input);
	return {
		learning: learning.sort(byDue),
		review: review.sort(byDue).slice(0, allowance.reviews),
		fresh: assignedFirst(fresh, input.assignedQuestionIds, allowance.newCards),
		laterLearning: laterLearning.sort(byDue)
	};
}

/** How many new cards and reviews today still allows (never below zero): the caps of buildQueue and of the home
 * page's counts (scope-counts.ts). */
export type Allowance = { newCards: number; reviews: number };

/** Today's allowance from the settings and today's work. */
export function allowanceOf(
	settings: Pick<ReviewSettings, 'newCardsPerDay' | 'maximumReviewsPerDay'>,
	today: { newIntroducedToday: number; reviewsDoneToday: number; extraNewCardsToday?: number }
): Allowance {
	return {
		newCards: Math.max(
			0,
			settings.newCardsPerDay + (today.extraNewCardsToday ?? 0) - today.newIntroducedToday
		),
		reviews: Math.max(0, settings.maximumReviewsPerDay - today.reviewsDoneToday)
	};
}

/** Assigned new questions in assignment order, then up to `allowed` of the others in their own order. */
function assignedFirst(
	fresh: StudyQueue['fresh'],
	assignedQuestionIds: readonly QuestionId[],
	allowed: number
): StudyQueue['fresh'] {
	if (assignedQuestionIds.length === 0) return fresh.slice(0, allowed);
	const freshById = new Map(fresh.map((question) => [question.questionId, question]));
	const assigned = [...new Set(assignedQuestionIds)].flatMap((id) => freshById.get(id) ?? []);
	const assignedIds = new Set(assigned.map((question) => question.questionId));
	const others = fresh.filter((question) => !assignedIds.has(question.questionId));
	return [...assigned, ...others.slice(0, allowed)];
}

/** The next card to show, or undefined when the session is done (or waiting for a learning step). */
export function nextInQueue(queue: StudyQueue, nowMs: number): QueueItem | undefined {
	const [learning] = queue.learning;
	if (learning) return { kind: 'learning', card: learning };
	const [review] = queue.review;
	if (review) return { kind: 'review', card: review };
	const [fresh] = queue.fresh;
	if (fresh) return { kind: 'new', ...fresh };
	const [later] = queue.laterLearning;
	if (later && later.dueAtMs - nowMs <= learnAheadMs) return { kind: 'learning', card: later };
	return undefined;
}

/** The counts shown on the home and deck pages and during a session. */
export function queueCounts(queue: StudyQueue): QueueCounts {
	return { new: queue.fresh.length, learning: queue.learning.length, review: queue.review.length };
}
