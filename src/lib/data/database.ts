import Dexie, { type EntityTable } from 'dexie';

/** A learner's scheduling state for one question; `dueAtMs` is indexed so due cards are found without a scan. */
export type CardRecord = {
	questionId: string;
	deckId: string;
	dueAtMs: number;
	/** The ts-fsrs card, stored as plain numbers and epoch milliseconds. */
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: number;
	lastReviewAtMs: number | null;
	/** 0 = active, 1 = suspended; numbers because IndexedDB cannot index booleans. */
	suspended: number;
	/** Buried until this time (epoch ms); 0 when not buried. */
	buriedUntilMs: number;
	updatedAtMs: number;
};

/** One rating: enough to replay a card's history and to export it for the FSRS optimizer. */
export type ReviewRecord = {
	id?: number;
	questionId: string;
	deckId: string;
	reviewedAtMs: number;
	rating: number;
	stateBefore: number;
	durationMs: number;
	source: 'review' | 'quiz';
};

export type SettingRecord = { key: string; value: unknown };

export const databaseName = 'sco-study';

/** The app's one IndexedDB database. Never edit a shipped version: add a new one with an upgrade. */
export class StudyDatabase extends Dexie {
	cards!: EntityTable<CardRecord, 'questionId'>;
	reviews!: EntityTable<ReviewRecord, 'id'>;
	settings!: EntityTable<SettingRecord, 'key'>;

	constructor(name = databaseName, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
		super(name, options);
		this.version(1).stores({
			cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
			reviews: '++id, questionId, reviewedAtMs, [questionId+reviewedAtMs]',
			settings: 'key'
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
