import type { QuestionId } from '$lib/domain/ids';
import type { AssignmentRecord, StudyDatabase } from './database';
import { write } from './write';

/** What assigning did: the questions newly assigned and those that already were (left as they were). */
export type AssignOutcome = { added: QuestionId[]; alreadyAssigned: QuestionId[] };

const byAssignmentOrder = (a: AssignmentRecord, b: AssignmentRecord) =>
	a.assignedAtMs - b.assignedAtMs || a.position - b.position;

/**
 * Assigns questions for practice in one read-write transaction. A question assigned before keeps its first
 * assignment, so opening the same link twice changes nothing.
 */
export async function assignQuestions(
	database: StudyDatabase,
	questionIds: readonly QuestionId[],
	quizToken: string,
	nowMs: number
): Promise<AssignOutcome> {
	const unique = [...new Set(questionIds)];
	return write(() =>
		database.transaction('rw', database.assignments, async () => {
			const existing = await database.assignments.bulkGet(unique);
			const added = unique.filter((_, index) => existing[index] === undefined);
			await database.assignments.bulkAdd(
				added.map((questionId) => ({
					questionId,
					assignedAtMs: nowMs,
					position: unique.indexOf(questionId),
					quizToken
				}))
			);
			return { added, alreadyAssigned: unique.filter((_, index) => existing[index] !== undefined) };
		})
	);
}

/** Which of the given questions are assigned, in the order they were assigned (oldest first). */
export async function assignedAmong(
	database: StudyDatabase,
	questionIds: readonly QuestionId[]
): Promise<QuestionId[]> {
	const rows = await database.assignments.bulkGet([...questionIds]);
	return rows
		.filter((row): row is AssignmentRecord => row !== undefined)
		.sort(byAssignmentOrder)
		.map((row) => row.questionId);
}
