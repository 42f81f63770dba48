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

/** Everything a session or a counter needs for the questions in scope, read in one go. */
export async function loadQueue(
	database: StudyDatabase,
	questions: { questionId: QuestionId; deckId: DeckId }[],
	nowMs: number,
	utcOffsetMinutes: number
): Promise<LoadedQueue> {
	const settings = await loadReviewSettings(database);
	const shift = clockShift(utcOffsetMinutes, settings.dayStartHour);
	const state = await loadStudyState(
		database,
		questions.map((question) => question.questionId),
		startOfStudyDayMs(nowMs, shift)
	);
	const queue = buildQueue({
		questions,
		cards: state.cards,
		nowMs,
		settings,
		newIntroducedToday: state.newIntroducedToday,
		reviewsDoneToday: state.reviewsDoneToday,
		assignedQuestionIds: state.assignedQuestionIds
	});
	return { settings, clockShiftMinutes: shift, state, queue };
}

/** Minutes east of UTC on this device at a given time (daylight saving included). */
export const localUtcOffsetMinutes = (atMs: number) => -new Date(atMs).getTimezoneOffset();
