import { AppError } from '$lib/domain/errors';
import {
	cleanTitle,
	newSavedClass,
	type ClassRound,
	type SavedClass
} from '$lib/domain/classroom/saved-class';
import type { StudyDatabase } from './database';
import { write } from './write';

/** A class as stored, with its key. */
export type StoredClass = SavedClass & { id: number };

/** The class is not in this browser any more (deleted in another tab, or a backup restored without it). */
export class ClassMissingError extends AppError<'class-missing'> {
	constructor(readonly classId: number) {
		super('class-missing', `Class ${classId} is not stored in this browser`);
	}
}

const stored = (row: SavedClass & { id?: number }) => row as StoredClass;

/** Runs `body` in one read-write transaction on the classes table, through write() (a full disk, a closed database). */
const inClasses = <T>(database: StudyDatabase, body: () => Promise<T>): Promise<T> =>
	write(() => database.transaction('rw', database.classes, body));

/**
 * Saves a class quiz just built, unless a class already holds its link (then that one is returned). articleId:
 * the device article it is on (its links carry that article's pack).
 */
export async function saveNewClass(
	database: StudyDatabase,
	token: string,
	title: string,
	nowMs: number,
	articleId?: string
): Promise<StoredClass> {
	return inClasses(database, async () => {
		const existing = await database.classes.where('tokens').equals(token).first();
		if (existing) return stored(existing);
		const saved = newSavedClass(token, title, nowMs, articleId);
		const id = (await database.classes.add(saved)) as number;
		return { ...saved, id };
	});
}

/** Every class, newest first (archived ones included: the page shows them apart). */
export async function allClasses(database: StudyDatabase): Promise<StoredClass[]> {
	const rows = await database.classes.orderBy('createdAtMs').reverse().toArray();
	return rows.map(stored);
}

/** The class one of whose rounds has this link, if any. */
export async function classWithToken(
	database: StudyDatabase,
	token: string
): Promise<StoredClass | undefined> {
	const row = await database.classes.where('tokens').equals(token).first();
	return row && stored(row);
}

/** Changes one class in one transaction; throws ClassMissingError when it is gone. */
function change(
	database: StudyDatabase,
	classId: number,
	update: (saved: StoredClass) => Partial<SavedClass>
): Promise<StoredClass> {
	return inClasses(database, async () => {
		const row = await database.classes.get(classId);
		if (!row) throw new ClassMissingError(classId);
		const changed = { ...stored(row), ...update(stored(row)) };
		await database.classes.put(changed);
		return changed;
	});
}

export const renameClass = (database: StudyDatabase, classId: number, title: string) =>
	change(database, classId, (saved) => ({ title: cleanTitle(title) || saved.title }));

/** Archives a class (archivedAtMs the time) or brings it back (0). */
export const setClassArchived = (database: StudyDatabase, classId: number, archivedAtMs: number) =>
	change(database, classId, () => ({ archivedAtMs }));

export const saveRoster = (database: StudyDatabase, classId: number, roster: readonly string[]) =>
	change(database, classId, () => ({ roster: [...roster] }));

/** Keeps the codes pasted for one round of a class, as typed. */
export const saveRoundCodes = (database: StudyDatabase, classId: number, token: string, codes: string) =>
	change(database, classId, (saved) => ({
		rounds: saved.rounds.map((round): ClassRound => (round.token === token ? { ...round, codes } : round))
	}));

/** Adds a round (the same questions with a new seed, see reseededToken) to a class. */
export const addRound = (database: StudyDatabase, classId: number, token: string, nowMs: number) =>
	change(database, classId, (saved) => {
		if (saved.tokens.includes(token)) return {};
		return {
			rounds: [...saved.rounds, { token, startedAtMs: nowMs, codes: '' }],
			tokens: [...saved.tokens, token]
		};
	});

/**
 * A copy of a class for another group: the same questions under a new link (token, from reseededToken), its
 * roster, no codes and one round.
 */
export async function duplicateClass(
	database: StudyDatabase,
	classId: number,
	token: string,
	title: string,
	nowMs: number
): Promise<StoredClass> {
	return inClasses(database, async () => {
		const row = await database.classes.get(classId);
		if (!row) throw new ClassMissingError(classId);
		const copy: SavedClass = {
			...newSavedClass(token, title, nowMs, row.articleId),
			roster: [...row.roster]
		};
		const id = (await database.classes.add(copy)) as number;
		return { ...copy, id };
	});
}
