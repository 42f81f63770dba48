import type { StudyDatabase } from './database';
import { write } from './write';

/** The tables that hold study progress; the settings and the teacher's saved classes are choices, not progress. */
export const progressTables = ['cards', 'reviews', 'quizAttempts', 'assignments', 'flags'] as const;

/**
 * Removes all study progress (cards, the review log, quiz attempts, assignments, flags) in one transaction: all of
 * it or none of it. The settings and the saved classes stay.
 */
export async function resetAllProgress(database: StudyDatabase): Promise<void> {
	await write(() =>
		database.transaction('rw', [...progressTables], async () => {
			for (const name of progressTables) await database.table(name).clear();
		})
	);
}
