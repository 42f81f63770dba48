import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StudyDatabase } from '$lib/data/database';
import type { DeckId, QuestionId } from '$lib/domain/ids';
import { newQuizAttempt } from '$lib/domain/quiz/attempt';
import type { QuizSpec } from '$lib/domain/quiz/spec';

/** A fresh, isolated database on fake-indexeddb for each test. */
export const freshDatabase = () => new StudyDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange });

/** Makes every write to one table fail as a full disk would, below Dexie (in its DBCore layer). */
export async function failWrites(database: StudyDatabase, tableName: string): Promise<void> {
	// Middleware applies from the next open.
	database.close();
	database.use({
		stack: 'dbcore',
		name: `fail-${tableName}`,
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				if (name !== tableName) return table;
				return {
					...table,
					mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
				};
			}
		})
	});
	await database.open();
}

/** A test-mode quiz of `ids`: questions in the order picked, no time limit. */
export const testQuizSpec = (ids: readonly QuestionId[]): QuizSpec => ({
	contentVersion: 'v1',
	questionIds: [...ids],
	order: 'as-picked',
	seed: 'seed',
	mode: 'test',
	timeLimitSeconds: null
});

/** A new self-built attempt at testQuizSpec(ids), all of deck `deck`: what the quiz runner hands to openQuizAttempt. */
export function quizDraft(ids: readonly QuestionId[], deck: DeckId, startedAtMs: number, token = 'token-a') {
	return newQuizAttempt(
		{ token, spec: testQuizSpec(ids), origin: 'self' },
		ids.map((id) => ({ id, deckId: deck })),
		startedAtMs
	);
}
