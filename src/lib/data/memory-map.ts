import type { QuestionId } from '$lib/domain/ids';
import type { CardState } from '$lib/domain/scheduling/card';
import { clockShift } from '$lib/domain/scheduling/clock';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { memoryMap, type ParagraphMemory } from '$lib/domain/stats/memory-map';
import type { StudyDatabase } from './database';
import { localUtcOffsetMinutes } from './queue';
import { loadReviewSettings } from './settings';

/**
 * How well each group of questions (a paragraph, or a step of the argument) is remembered now: one read of the
 * settings and of the cards involved.
 */
export async function loadMemoryMap(
	database: StudyDatabase,
	questionsByGroup: Readonly<Record<string, readonly string[]>>,
	nowMs: number
): Promise<ParagraphMemory[]> {
	const ids = [...new Set(Object.values(questionsByGroup).flat())] as QuestionId[];
	const [settings, rows] = await database.transaction('r', database.settings, database.cards, () =>
		Promise.all([loadReviewSettings(database), database.cards.bulkGet(ids)])
	);
	const cards = new Map<string, CardState>();
	for (const row of rows) if (row) cards.set(row.questionId, row);
	const scheduler = new Scheduler(settings);
	const shift = clockShift(localUtcOffsetMinutes(nowMs), settings.dayStartHour);
	return memoryMap(questionsByGroup, cards, (card) => scheduler.retrievability(card, nowMs, shift));
}
