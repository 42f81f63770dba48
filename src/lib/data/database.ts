import Dexie, { type EntityTable } from 'dexie';
import type { QuestionId } from '$lib/domain/ids';
import type { QuizAttempt } from '$lib/domain/quiz/attempt';
import type { CardState, ReviewEntry } from '$lib/domain/scheduling/card';

/** A stored review: the log entry and its key. */
export type ReviewRecord = ReviewEntry & { id?: number };

export type SettingRecord = { key: string; value: unknown };

/** One quiz attempt, finished or in progress (owned by data/quiz-attempts.ts). */
export type QuizAttemptRecord = QuizAttempt & { id?: number };

/** A question a teacher assigned for practice, one row per question (owned by data/assignments.ts). */
export type AssignmentRecord = {
	questionId: QuestionId;
	/** When it was first assigned: assigning it again keeps this row as it is. */
	assignedAtMs: number;
	/** Its place in the link it came with, so questions assigned together keep the teacher's order. */
	position: number;
	/** The quiz link token it came with, to tell where an assignment came from. */
	quizToken: string;
};

export const databaseName = 'sco-study';

export type DatabaseDependencies = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

/** The app's one IndexedDB database. Never edit a shipped version: add a new one with an upgrade. */
export class StudyDatabase extends Dexie {
	/** One row per studied question; `dueAtMs` is indexed so due cards are found without a scan. */
	cards!: EntityTable<CardState, 'questionId'>;
	/** Every rating ever made, in the shape the FSRS optimizer's CSV export needs. */
	reviews!: EntityTable<ReviewRecord, 'id'>;
	settings!: EntityTable<SettingRecord, 'key'>;
	/** [token+finishedAtMs] finds a quiz's attempt in progress (finishedAtMs 0) or its latest finished one. */
	quizAttempts!: EntityTable<QuizAttemptRecord, 'id'>;
	/** Keyed by question, so assigning a question twice cannot queue it twice. */
	assignments!: EntityTable<AssignmentRecord, 'questionId'>;

	constructor(name = databaseName, dependencies?: DatabaseDependencies) {
		super(name, dependencies);
		this.version(1).stores({
			cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
			reviews: '++id, questionId, reviewedAtMs',
			settings: 'key',
			quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
			assignments: 'questionId, assignedAtMs'
		});
	}
}

let shared: StudyDatabase | undefined;

/** The browser's database, opened on first use; never called during prerendering. */
export function studyDatabase(): StudyDatabase {
	if (typeof indexedDB === 'undefined') {
		throw new Error('IndexedDB is only available in the browser.');
	}
	shared ??= new StudyDatabase();
	return shared;
}
