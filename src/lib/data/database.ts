import Dexie, { type EntityTable } from 'dexie';
import type { SavedClass } from '$lib/domain/classroom/saved-class';
import type { QuestionId } from '$lib/domain/ids';
import type { QuizAttempt } from '$lib/domain/quiz/attempt';
import type { CardState, ReviewEntry } from '$lib/domain/scheduling/card';
import type { WordCard } from '$lib/domain/word-cards';
import type { ArticlePack } from '$lib/domain/pack/format';

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

/** A card the learner flagged to come back to (owned by data/card-browser.ts); a question need not be studied. */
export type FlagRecord = { questionId: QuestionId; flaggedAtMs: number };

/** A personal card made from a word of the article (owned by data/word-cards.ts); its schedule is in `cards`. */
export type WordCardRecord = WordCard;

/** A class quiz the teacher built, with its rounds, roster and codes (owned by data/classes.ts). */
export type ClassRecord = SavedClass & { id?: number };

/**
 * An article a teacher is writing in the editor (owned by data/drafts.ts), saved on every change. The draft itself is
 * stored as written and read back through the editor's own reader, so a damaged row is reported, never trusted.
 */
export type DraftRecord = { id: string; updatedAtMs: number; draft: unknown };

/** Where an article on this device came from: a pack file, a class link, or the teacher's own editor. */
export type LibraryOrigin = 'file' | 'link' | 'editor';

/**
 * An article on this device (owned by data/library.ts): a validated pack, studied like a built-in article. Its
 * question ids are the ones its cards and reviews are keyed by.
 */
export type LibraryArticleRecord = {
	id: string;
	addedAtMs: number;
	origin: LibraryOrigin;
	pack: ArticlePack;
};

export const databaseName = 'sco-study';

export type DatabaseDependencies = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

/** The newest schema version this build knows. */
export const schemaVersion = 6;

/** The database was written by a newer version of the app: this build refuses to open it (and so to change it). */
export class NewerDatabaseError extends Error {
	override name = 'NewerDatabaseError';
	constructor(readonly databaseName: string) {
		super(
			`Database "${databaseName}" has a newer schema than version ${schemaVersion}, which this build knows`
		);
	}
}

/**
 * The browser's IndexedDB, except that opening without a version is refused. Dexie opens without a version only
 * after the browser said the database is newer than this build (VersionError): it would then adapt to the newer
 * schema and add back what it misses, changing a database a newer build owns. Refusing leaves it untouched.
 */
function refusingNewer(factory: IDBFactory): IDBFactory {
	return new Proxy(factory, {
		get(target, property) {
			if (property === 'open')
				return (name: string, version?: number) => {
					if (version === undefined) throw new NewerDatabaseError(name);
					return target.open(name, version);
				};
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

function dexieOptions(dependencies: DatabaseDependencies | undefined): DatabaseDependencies {
	const factory = dependencies?.indexedDB ?? globalThis.indexedDB;
	const keyRange = dependencies?.IDBKeyRange ?? globalThis.IDBKeyRange;
	// Without IndexedDB, Dexie reports it missing on first use (MissingAPIError); undefined values must not be passed.
	return factory && keyRange ? { indexedDB: refusingNewer(factory), IDBKeyRange: keyRange } : {};
}

/** The app's one IndexedDB database. Never edit a shipped version: add a new one with an upgrade. */
export class StudyDatabase extends Dexie {
	/**
	 * One row per studied question; `dueAtMs` is indexed so due cards are found without a scan, `[phase+stability]`
	 * so new and mastered cards are counted without reading them.
	 */
	cards!: EntityTable<CardState, 'questionId'>;
	/** Every rating ever made, in the shape the FSRS optimizer's CSV export needs. */
	reviews!: EntityTable<ReviewRecord, 'id'>;
	settings!: EntityTable<SettingRecord, 'key'>;
	/** [token+finishedAtMs] finds a quiz's attempt in progress (finishedAtMs 0) or its latest finished one. */
	quizAttempts!: EntityTable<QuizAttemptRecord, 'id'>;
	/** Keyed by question, so assigning a question twice cannot queue it twice. */
	assignments!: EntityTable<AssignmentRecord, 'questionId'>;
	/** The teacher's classes; `*tokens` finds the class of any round's link. */
	classes!: EntityTable<ClassRecord, 'id'>;
	/** The learner's flags, keyed by question: a flag is kept apart from the card, so flagging a question never
	 * studied creates no card, and a rating or a reset (which rewrite the card) leaves the flag alone. */
	flags!: EntityTable<FlagRecord, 'questionId'>;
	/** The learner's own word cards, keyed by their card id (`word:<word>`). What review schedules is the card of
	 * the same id in `cards`, like any question's, so the queue, undo, statistics and backups need nothing else. */
	wordCards!: EntityTable<WordCardRecord, 'questionId'>;
	/** The teacher's articles in the editor, by draft id; `updatedAtMs` lists the latest first. */
	drafts!: EntityTable<DraftRecord, 'id'>;
	/** Articles on this device besides the built-in one (imported or published), by article id. */
	libraryArticles!: EntityTable<LibraryArticleRecord, 'id'>;

	#blocked = false;

	/**
	 * Opening is held up by another tab that keeps an older version open. Kept from construction on: a page's first
	 * query can start the open, and be blocked, before the storage check (data/storage-health.ts) listens.
	 */
	get waitingForOtherTab(): boolean {
		return this.#blocked && !this.isOpen();
	}

	constructor(name = databaseName, dependencies?: DatabaseDependencies) {
		super(name, dexieOptions(dependencies));
		this.version(1).stores({
			cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs]',
			reviews: '++id, questionId, reviewedAtMs',
			settings: 'key',
			quizAttempts: '++id, finishedAtMs, [token+finishedAtMs]',
			assignments: 'questionId, assignedAtMs'
		});
		// Version 2 adds the teacher's classes; every version-1 table is kept as it was.
		this.version(2).stores({ classes: '++id, createdAtMs, *tokens' });
		// Version 3 adds the learner's flags (the card browser); every version-2 table is kept as it was.
		this.version(3).stores({ flags: 'questionId, flaggedAtMs' });
		// Version 4 adds the learner's word cards; every version-3 table is kept as it was (their schedules are
		// ordinary rows of `cards`, so nothing existing needs rewriting).
		this.version(4).stores({ wordCards: 'questionId, createdAtMs' });
		// Version 5 indexes the cards by phase and stability, so the home page counts studied, new and mastered
		// cards by index (data/scope-counts.ts) instead of reading every card. IndexedDB builds the index from the
		// rows already stored; nothing is rewritten.
		this.version(5).stores({
			cards: 'questionId, deckId, dueAtMs, [deckId+dueAtMs], [phase+stability]'
		});
		// Version 6 adds the teacher's editor drafts and the articles on this device (issue 17); every version-5
		// table is kept as it was.
		this.version(6).stores({ drafts: 'id, updatedAtMs', libraryArticles: 'id, addedAtMs' });
		this.on('blocked', () => {
			this.#blocked = true;
		});
	}
}

let shared: StudyDatabase | undefined;

/** The browser's database, opened on first use; never called during prerendering. */
export function studyDatabase(): StudyDatabase {
	if (typeof indexedDB === 'undefined' || !indexedDB) {
		throw new Error('IndexedDB is only available in the browser.');
	}
	shared ??= new StudyDatabase();
	return shared;
}

let memory: Promise<StudyDatabase> | undefined;

/**
 * A database that lives only in this page (fake-indexeddb, loaded only when needed): a quiz can be taken when the
 * browser's storage is missing or refused, its answers forgotten when the page closes.
 */
export function memoryStudyDatabase(): Promise<StudyDatabase> {
	memory ??= import('fake-indexeddb').then(
		({ IDBFactory, IDBKeyRange }) =>
			new StudyDatabase(`${databaseName}-memory`, { indexedDB: new IDBFactory(), IDBKeyRange })
	);
	return memory;
}
