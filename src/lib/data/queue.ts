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

/**
 * Everything a review session needs for the questions in scope, read in one go: the settings, the scope's cards
 * (by primary key) and today's log. (The home and deck pages' counts are tallied by index: data/scope-counts.ts.)
 */
export async function loadQueue(
	database: StudyDatabase,
	questions: ScopeQuestions,
	nowMs: number,
	utcOffsetMinutes: number
): Promise<LoadedQueue> {
	const settings = await loadReviewSettings(database);
	const shift = clockShift(utcOffsetMinutes, settings.dayStartHour);
	const questionIds = [...new Set(questions.map((question) => question.questionId))];
	const state = await loadStudyState(database, questionIds, startOfStudyDayMs(nowMs, shift));
	const queue = buildQueue({
		questions,
		cards: state.cards,
		nowMs,
		settings,
		newIntroducedToday: state.newIntroducedToday,
		reviewsDoneToday: state.reviewsDoneToday,
		extraNewCardsToday: state.extraNewCardsToday,
		assignedQuestionIds: state.assignedQuestionIds
	});
	return { settings, clockShiftMinutes: shift, state, queue };
}

/** Minutes east of UTC on this device at a given time (daylight saving included). */
export const localUtcOffsetMinutes = (atMs: number) => -new Date(atMs).getTimezoneOffset();
