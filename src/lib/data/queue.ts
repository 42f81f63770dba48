import type { DeckId, QuestionId } from '$lib/domain/ids';
import { clockShift, startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import { buildQueue, type StudyQueue } from '$lib/domain/scheduling/queue';
import type { ReviewSettings } from '$lib/domain/scheduling/settings';
import { loadStudyState, type StudyState } from './cards';
import type { StudyDatabase } from './database';
import { loadReviewSettings } from './settings';

export type LoadedQueue = {
	settings: ReviewSettings;
	clockShiftMinutes: number;
	state: StudyState;
	queue: StudyQueue;
};

type ScopeQuestions = { questionId: QuestionId; deckId: DeckId }[];

/** Everything a session or a counter needs for the questions in scope, read in one go. */
export async function loadQueue(
	database: StudyDatabase,
	questions: ScopeQuestions,
	nowMs: number,
	utcOffsetMinutes: number
): Promise<LoadedQueue> {
	const { settings, shift, state, queues } = await loadScopes(
		database,
		{ scope: questions },
		nowMs,
		utcOffsetMinutes
	);
	return { settings, clockShiftMinutes: shift, state, queue: queues.scope! };
}

/**
 * The queues of several scopes (the home page's decks and "all") from one read of the settings, the cards of
 * every question involved (by primary key) and today's log, instead of one read per scope. The cards read are
 * returned too, so a deck's progress is tallied from the same read.
 */
export async function loadQueues<K extends string>(
	database: StudyDatabase,
	scopes: Record<K, ScopeQuestions>,
	nowMs: number,
	utcOffsetMinutes: number
): Promise<{ queues: Record<K, StudyQueue>; cards: StudyState['cards'] }> {
	const { state, queues } = await loadScopes(database, scopes, nowMs, utcOffsetMinutes);
	return { queues, cards: state.cards };
}

async function loadScopes<K extends string>(
	database: StudyDatabase,
	scopes: Record<K, ScopeQuestions>,
	nowMs: number,
	utcOffsetMinutes: number
) {
	const settings = await loadReviewSettings(database);
	const shift = clockShift(utcOffsetMinutes, settings.dayStartHour);
	const questionIds = new Set<QuestionId>();
	for (const questions of Object.values<ScopeQuestions>(scopes)) {
		for (const question of questions) questionIds.add(question.questionId);
	}
	const state = await loadStudyState(database, [...questionIds], startOfStudyDayMs(nowMs, shift));
	const queues = {} as Record<K, StudyQueue>;
	for (const key of Object.keys(scopes) as K[]) {
		queues[key] = buildQueue({
			questions: scopes[key],
			cards: state.cards,
			nowMs,
			settings,
			newIntroducedToday: state.newIntroducedToday,
			reviewsDoneToday: state.reviewsDoneToday,
			extraNewCardsToday: state.extraNewCardsToday,
			assignedQuestionIds: state.assignedQuestionIds
		});
	}
	return { settings, shift, state, queues };
}

/** Minutes east of UTC on this device at a given time (daylight saving included). */
export const localUtcOffsetMinutes = (atMs: number) => -new Date(atMs).getTimezoneOffset();
