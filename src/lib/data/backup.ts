import { AppError } from '$lib/domain/errors';
import { fnv1a32 } from '$lib/domain/encoding/hash';
import { phases, type CardState, type ReviewEntry } from '$lib/domain/scheduling/card';
import type { StudyDatabase } from './database';
import { StorageWriteError } from './errors';

export const backupFormat = 'sco-study-backup';
export const backupVersion = 1;

/** Everything a learner has in this browser, as one JSON document. */
export type Backup = {
	format: typeof backupFormat;
	version: number;
	exportedAtMs: number;
	tables: {
		cards: unknown[];
		reviews: unknown[];
		settings: unknown[];
		quizAttempts: unknown[];
		assignments: unknown[];
	};
};

export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid-record';

/** A file that cannot be restored; `reason` lets the page say why in the learner's language. */
export class BackupError extends AppError {
	constructor(
		readonly reason: BackupProblem,
		detail: string
	) {
		super(`Backup cannot be restored (${reason}): ${detail}`);
	}
}

const tableNames = ['cards', 'reviews', 'settings', 'quizAttempts', 'assignments'] as const;

/** Reads every table in one transaction, so the backup is a consistent snapshot. */
export async function exportBackup(database: StudyDatabase, nowMs: number): Promise<Backup> {
	return database.transaction('r', tableNames, async () => ({
		format: backupFormat,
		version: backupVersion,
		exportedAtMs: nowMs,
		tables: {
			cards: await database.cards.toArray(),
			reviews: await database.reviews.toArray(),
			settings: await database.settings.toArray(),
			quizAttempts: await database.quizAttempts.toArray(),
			assignments: await database.assignments.toArray()
		}
	}));
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const cardChecks: Record<keyof CardState, (value: unknown) => boolean> = {
	questionId: isText,
	deckId: isText,
	phase: (value) => (phases as readonly unknown[]).includes(value),
	dueAtMs: isNumber,
	stability: isNumber,
	difficulty: isNumber,
	scheduledDays: isNumber,
	learningSteps: isNumber,
	reps: isNumber,
	lapses: isNumber,
	lastReviewAtMs: (value) => value === null || isNumber(value),
	leech: (value) => typeof value === 'boolean',
	suspended: (value) => typeof value === 'boolean',
	buriedUntilMs: isNumber
};

const reviewChecks: Record<keyof ReviewEntry, (value: unknown) => boolean> = {
	questionId: isText,
	deckId: isText,
	reviewedAtMs: isNumber,
	rating: (value) => value === 0 || value === 1 || value === 2 || value === 3 || value === 4,
	phaseBefore: (value) => (phases as readonly unknown[]).includes(value),
	durationMs: isNumber,
	clockShiftMinutes: isNumber,
	origin: (value) => value === 'review' || value === 'quiz'
};

function check(table: string, rows: unknown, checks: Record<string, (value: unknown) => boolean>): void {
	if (!Array.isArray(rows)) throw new BackupError('not-a-backup', `${table} is not a list`);
	rows.forEach((row, index) => {
		if (!isRecord(row)) throw new BackupError('invalid-record', `${table}[${index}] is not a record`);
		for (const [field, valid] of Object.entries(checks)) {
			if (!valid(row[field])) {
				throw new BackupError(
					'invalid-record',
					`${table}[${index}].${field} is ${JSON.stringify(row[field])}`
				);
			}
		}
	});
}

/** Parses and checks a backup file completely before anything is written; throws BackupError naming the problem. */
export function parseBackup(text: string): Backup {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new BackupError('not-json', 'the file is not JSON');
	}
	if (!isRecord(parsed) || parsed.format !== backupFormat || !isRecord(parsed.tables)) {
		throw new BackupError('not-a-backup', 'the file is not a backup of this app');
	}
	if (!isNumber(parsed.version) || parsed.version > backupVersion) {
		throw new BackupError(
			'newer-version',
			`backup version ${String(parsed.version)} is newer than ${backupVersion}`
		);
	}
	const tables = parsed.tables;
	check('cards', tables.cards, cardChecks);
	check('reviews', tables.reviews, {
		...reviewChecks,
		id: (value) => value === undefined || isNumber(value)
	});
	check('settings', tables.settings, { key: isText });
	check('quizAttempts', tables.quizAttempts ?? [], {
		token: isText,
		startedAtMs: isNumber,
		finishedAtMs: isNumber
	});
	check('assignments', tables.assignments ?? [], {
		questionId: isText,
		assignedAtMs: isNumber,
		position: isNumber,
		quizToken: (value) => typeof value === 'string'
	});
	return {
		format: backupFormat,
		version: parsed.version,
		exportedAtMs: isNumber(parsed.exportedAtMs) ? parsed.exportedAtMs : 0,
		tables: {
			cards: tables.cards as unknown[],
			reviews: tables.reviews as unknown[],
			settings: tables.settings as unknown[],
			quizAttempts: (tables.quizAttempts as unknown[] | undefined) ?? [],
			assignments: (tables.assignments as unknown[] | undefined) ?? []
		}
	};
}

/** Replaces everything in this browser with the backup, in one transaction: all of it or none of it. */
export async function restoreBackup(database: StudyDatabase, backup: Backup): Promise<void> {
	try {
		await database.transaction('rw', tableNames, async () => {
			for (const name of tableNames) {
				const table = database.table(name);
				await table.clear();
				await table.bulkAdd(backup.tables[name]);
			}
		});
	} catch (error) {
		throw new StorageWriteError(error);
	}
}

/** A stable integer id per question, since the optimizer expects numeric card ids. */
const numericCardId = (questionId: string): number => fnv1a32(questionId);

const stateNumber = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/**
 * The review log in the FSRS optimizer's CSV shape (card_id, review_time in ms, review_rating 1-4,
 * review_state 0-3, review_duration in ms). Reset entries are left out: the optimizer knows only ratings.
 */
export function reviewLogCsv(reviews: readonly ReviewEntry[]): string {
	const lines = ['card_id,review_time,review_rating,review_state,review_duration'];
	const sorted = [...reviews]
		.filter((entry) => entry.rating !== 0)
		.sort((a, b) => a.reviewedAtMs - b.reviewedAtMs);
	for (const entry of sorted) {
		lines.push(
			[
				numericCardId(entry.questionId),
				entry.reviewedAtMs,
				entry.rating,
				stateNumber[entry.phaseBefore],
				Math.round(entry.durationMs)
			].join(',')
		);
	}
	return lines.join('\n') + '\n';
}
