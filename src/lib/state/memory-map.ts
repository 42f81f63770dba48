import { studyDatabase } from '$lib/data/database';
import { loadMemoryMap } from '$lib/data/memory-map';
import type { ParagraphMemory } from '$lib/domain/stats/memory-map';

/**
 * The learner's memory map from the app's database. Pages import this module on demand, so the database and the
 * scheduler load only when the map is first asked for.
 */
export function loadLearnerMemoryMap(
	questionsByGroup: Readonly<Record<string, readonly string[]>>,
	nowMs: number
): Promise<ParagraphMemory[]> {
	return loadMemoryMap(studyDatabase(), questionsByGroup, nowMs);
}
