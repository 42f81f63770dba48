import type { QuestionId } from '$lib/domain/ids';
import type { LearnerMemory } from '$lib/domain/quiz/builder';
import type { CardState } from '$lib/domain/scheduling/card';
import { clockShift } from '$lib/domain/scheduling/clock';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import type { StudyDatabase } from './database';
import { localUtcOffsetMinutes } from './queue';
import { loadReviewSettings } from './settings';

/** The learner's cards for the given questions, measured at nowMs: what "weak spots" ranks by. */
export async function loadLearnerMemory(
	database: StudyDatabase,
	questionIds: readonly QuestionId[],
	nowMs: number
): Promise<LearnerMemory> {
	const settings = await loadReviewSettings(database);
	const rows = await database.cards.bulkGet([...questionIds]);
	const cards = new Map<string, CardState>();
	for (const row of rows) if (row) cards.set(row.questionId, row);
	return {
		cards,
		nowMs,
		clockShiftMinutes: clockShift(localUtcOffsetMinutes(nowMs), settings.dayStartHour),
		scheduler: new Scheduler(settings)
	};
}
