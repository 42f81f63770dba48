import Dexie, { type EntityTable } from 'dexie';
import type { CardState, ReviewEntry } from '$lib/domain/scheduling/card';

/** A stored review: the log entry and its key. */
export type ReviewRecord = ReviewEntry & { id?: number };

export type SettingRecord = { key: string; value: unknown };

/** One quiz attempt, finished or in progress (owned by data/quiz-attempts.ts). */
export type QuizAttemptRecord = {
	id?: number;
	/** The quiz link token: the quiz's full definition. */
	token: string;
	startedAtMs: number;
	/** 0 while the attempt is in progress (IndexedDB cannot index null). */
	finishedAtMs: number;
	[field: string]: unknown;
};

/** Questions a teacher assigned for practice (owned by data/assignments.ts). */
export type AssignmentRecord = {
	id?: number;
	questionId: string;
	assignedAtMs: number;
	[field: string]: unknown;
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
	quizAttempts!: EntityTable<QuizAttemptRecord, 'id'>;
	assignments!: EntityTable<AssignmentRecord, 'id'>;

	constructor(name = databaseName, dependencies?: DatabaseDependencies) {
		super(name, dependencies);
		this.version(1).stores({
			cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
			reviews: '++id, questionId, reviewedAtMs',
			settings: 'key',
			quizAttempts: '++id, token, finishedAtMs',
			assignments: '++id, questionId, assignedAtMs'
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
