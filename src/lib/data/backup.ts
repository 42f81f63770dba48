import * as v from 'valibot';
import { AppError } from '$lib/domain/errors';
import { fnv1a32 } from '$lib/domain/encoding/hash';
import type { CardState, ReviewEntry } from '$lib/domain/scheduling/card';
import type {
	AssignmentRecord,
	ClassRecord,
	DraftRecord,
	FlagRecord,
	LibraryArticleRecord,
	QuizAttemptRecord,
	ReviewRecord,
	SettingRecord,
	StudyDatabase,
	WordCardRecord
} from './database';
import { write } from './write';
import {
	assignmentSchema,
	cardSchema,
	classSchema,
	describeIssue,
	flagSchema,
	issuePath,
	quizAttemptSchema,
	reviewSchema,
	settingSchema
} from './schemas';
import { wordCardSchema } from './word-card-schemas';
import { backupLibraryRow, libraryArticleSchema, type BackupLibraryRow } from './library-schemas';

export const backupFormat = 'sco-study-backup';
export const backupVersion = 1;

/** Everything a learner has in this browser, as one JSON document. */
export type Backup = {
	format: typeof backupFormat;
	version: number;
	exportedAtMs: number;
	tables: {
		cards: CardState[];
		reviews: ReviewRecord[];
		settings: SettingRecord[];
		quizAttempts: QuizAttemptRecord[];
		assignments: AssignmentRecord[];
		/** The teacher's saved classes (absent from backups made before them: restored as none). */
		classes: ClassRecord[];
		/** The learner's flags (absent from backups made before the card browser: restored as none). */
		flags: FlagRecord[];
		/** The learner's word cards (absent from backups made before them: restored as none); their schedules are in
		 * `cards` and their ratings in `reviews`, like any card's. */
		wordCards: WordCardRecord[];
		/** The articles on this device (absent from backups made before them: restored as none); each row's pack is
		 * written as a pack file writes it and read back with the pack's reader. */
		libraryArticles: LibraryArticleRecord[];
		/** The teacher's editor drafts (absent from backups made before the editor: restored as none). */
		drafts: DraftRecord[];
	};
};

/** A backup as exported: each article's pack is in its file form (read back by parseBackup into a Backup). */
export type ExportedBackup = Omit<Backup, 'tables'> & {
	tables: Omit<Backup['tables'], 'libraryArticles'> & { libraryArticles: BackupLibraryRow[] };
};

export type BackupProblem =
	'not-json' | 'not-a-backup' | 'newer-version' | 'too-large' | 'invalid-record' | 'duplicate-record';

/** A file that cannot be restored; `reason` lets the page say why in the learner's language. */
export class BackupError extends AppError<BackupProblem> {
	constructor(
		reason: BackupProblem,
		/** Where the problem is and what was found, e.g. `cards[3].stability: … (found -5)`. */
		readonly detail: string,
		options?: { cause?: unknown }
	) {
		super(reason, `Backup cannot be restored (${reason}): ${detail}`, options);
	}
}

/** The largest backup accepted: years of daily study are a few megabytes; a larger file is not one of ours. */
export const backupMaxBytes = 64 * 1024 * 1024;

const tableNames = [
	'cards',
	'reviews',
	'settings',
	'quizAttempts',
	'assignments',
	'classes',
	'flags',
	'wordCards',
	'libraryArticles',
	'drafts'
] as const;
type TableName = (typeof tableNames)[number];

/** Reads every table in one transaction, so the backup is a consistent snapshot. */
export async function exportBackup(database: StudyDatabase, nowMs: number): Promise<ExportedBackup> {
	return database.transaction('r', tableNames, async () => ({
		format: backupFormat,
		version: backupVersion,
		exportedAtMs: nowMs,
		tables: {
			cards: await database.cards.toArray(),
			reviews: await database.reviews.toArray(),
			settings: await database.settings.toArray(),
			quizAttempts: await database.quizAttempts.toArray(),
			assignments: await database.assignments.toArray(),
			classes: await database.classes.toArray(),
			flags: await database.flags.toArray(),
			wordCards: await database.wordCards.toArray(),
			libraryArticles: (await database.libraryArticles.toArray()).map(backupLibraryRow),
			drafts: await database.drafts.toArray()
		}
	}));
}

const envelopeSchema = v.object({
	format: v.literal(backupFormat),
	version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
	exportedAtMs: v.optional(v.number()),
	tables: v.object({
		cards: v.array(v.unknown()),
		reviews: v.array(v.unknown()),
		settings: v.array(v.unknown()),
		quizAttempts: v.optional(v.array(v.unknown()), []),
		assignments: v.optional(v.array(v.unknown()), []),
		classes: v.optional(v.array(v.unknown()), []),
		flags: v.optional(v.array(v.unknown()), []),
		wordCards: v.optional(v.array(v.unknown()), []),
		libraryArticles: v.optional(v.array(v.unknown()), []),
		drafts: v.optional(v.array(v.unknown()), [])
	})
});

const rowSchemas = {
	cards: cardSchema,
	reviews: reviewSchema,
	settings: settingSchema,
	quizAttempts: quizAttemptSchema,
	assignments: assignmentSchema,
	classes: classSchema,
	flags: flagSchema,
	wordCards: wordCardSchema,
	libraryArticles: libraryArticleSchema,
	// The draft itself is checked when it is opened (a damaged one is reported there), as it is when stored.
	drafts: v.object({ id: v.pipe(v.string(), v.nonEmpty()), updatedAtMs: v.number(), draft: v.unknown() })
} satisfies Record<TableName, v.GenericSchema>;

/** What makes two rows the same row: their key (and, for attempts, one attempt in progress per quiz). */
const rowKeys: Record<TableName, (row: Record<string, unknown>) => unknown[]> = {
	cards: (row) => [row.questionId],
	reviews: (row) => (row.id === undefined ? [] : [row.id]),
	settings: (row) => [row.key],
	quizAttempts: (row) => [
		...(row.id === undefined ? [] : [row.id]),
		...(row.finishedAtMs === 0 ? [`in progress: ${String(row.token)}`] : [])
	],
	assignments: (row) => [row.questionId],
	classes: (row) => (row.id === undefined ? [] : [row.id]),
	flags: (row) => [row.questionId],
	wordCards: (row) => [row.questionId],
	libraryArticles: (row) => [row.id],
	drafts: (row) => [row.id]
};

function checkedRows<T extends TableName>(table: T, rows: readonly unknown[]): Backup['tables'][T] {
	const seen = new Map<unknown, number>();
	return rows.map((row, index) => {
		const result = v.safeParse(rowSchemas[table], row);
		if (!result.success) {
			const [issue] = result.issues;
			const path = issuePath(issue);
			throw new BackupError(
				'invalid-record',
				`${table}[${index}]${path ? `.${path}` : ''}: ${issue.message} (found ${JSON.stringify(issue.input)?.slice(0, 60)})`
			);
		}
		for (const key of rowKeys[table](result.output as Record<string, unknown>)) {
			const first = seen.get(key);
			if (first !== undefined) {
				throw new BackupError(
					'duplicate-record',
					`${table}[${index}] repeats ${table}[${first}] (${String(key)})`
				);
			}
			seen.set(key, index);
		}
		return result.output;
	}) as Backup['tables'][T];
}

/**
 * Parses and checks a backup file completely before anything is written: types and values of every row
 * (unknown fields are dropped), no row twice, a size cap. Throws BackupError naming the problem.
 */
export function parseBackup(text: string): Backup {
	if (text.length > backupMaxBytes) {
		throw new BackupError('too-large', `the file is larger than ${backupMaxBytes / 1024 / 1024} MB`);
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throw new BackupError('not-json', 'the file is not JSON', { cause: error });
	}
	const version = (parsed as { version?: unknown } | null)?.version;
	if (typeof version === 'number' && version > backupVersion) {
		throw new BackupError('newer-version', `backup version ${version} is newer than ${backupVersion}`);
	}
	const envelope = v.safeParse(envelopeSchema, parsed);
	if (!envelope.success) {
		throw new BackupError(
			'not-a-backup',
			`the file is not a backup of this app (${describeIssue(envelope.issues[0])})`
		);
	}
	const tables = envelope.output.tables;
	return {
		format: backupFormat,
		version: envelope.output.version,
		exportedAtMs: envelope.output.exportedAtMs ?? 0,
		tables: {
			cards: checkedRows('cards', tables.cards),
			reviews: checkedRows('reviews', tables.reviews),
			settings: checkedRows('settings', tables.settings),
			quizAttempts: checkedRows('quizAttempts', tables.quizAttempts),
			assignments: checkedRows('assignments', tables.assignments),
			classes: checkedRows('classes', tables.classes),
			flags: checkedRows('flags', tables.flags),
			wordCards: checkedRows('wordCards', tables.wordCards),
			libraryArticles: checkedRows('libraryArticles', tables.libraryArticles),
			drafts: checkedRows('drafts', tables.drafts)
		}
	};
}

/** Replaces everything in this browser with the backup, in one transaction: all of it or none of it. */
export async function restoreBackup(database: StudyDatabase, backup: Backup): Promise<void> {
	await write(() =>
		database.transaction('rw', tableNames, async () => {
			for (const name of tableNames) {
				const table = database.table(name);
				await table.clear();
				await table.bulkAdd(backup.tables[name]);
			}
		})
	);
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
