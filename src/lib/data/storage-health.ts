import { reportError } from '$lib/platform/report';
import type { StudyDatabase } from './database';

/**
 * Whether this browser's storage can hold the learner's progress, and if not, why: every page shows the reason
 * in words instead of waiting forever.
 */
export type StorageHealth =
	| { kind: 'checking' }
	| { kind: 'ok' }
	/** No IndexedDB at all (switched off, or a restricted in-app browser). */
	| { kind: 'missing' }
	/** IndexedDB refused to open the database (private mode in some browsers, a policy, a broken profile). */
	| { kind: 'refused'; detail: string }
	/** Opening did not answer in time. */
	| { kind: 'no-answer' }
	/** Another tab keeps an older version of the database open, so this one cannot upgrade it. */
	| { kind: 'blocked' }
	/** The database was written by a newer version of the app: this build leaves it untouched. */
	| { kind: 'newer' }
	/** A newer version of the app, open in another tab, upgraded the database: this page must reload. */
	| { kind: 'replaced' };

export type StorageHealthKind = StorageHealth['kind'];

/** How long opening may take before the learner is told (a healthy open takes milliseconds). */
export const storageAnswerMs = 4000;

function explain(error: unknown): StorageHealth {
	const name = (error as { name?: unknown } | null)?.name;
	const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
	if (name === 'NewerDatabaseError' || inner === 'NewerDatabaseError') return { kind: 'newer' };
	if (name === 'MissingAPIError') return { kind: 'missing' };
	return {
		kind: 'refused',
		detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
	};
}

/**
 * Opens the database and reports what happens, as it happens (blocked, then open once the other tab lets go):
 * `report` may be called several times; the last call is the current state. Returns a function that stops it.
 */
export function watchStorageHealth(
	open: () => StudyDatabase,
	report: (health: StorageHealth) => void,
	timeoutMs = storageAnswerMs
): () => void {
	let database: StudyDatabase;
	try {
		database = open();
	} catch (error) {
		// The page says so (StorageNotice); the console keeps the browser's own words.
		reportError('Opening the database', error);
		report({ kind: 'missing' });
		return () => undefined;
	}
	let settled = false;
	let blocked = false;
	const onBlocked = () => {
		blocked = true;
		if (!settled) report({ kind: 'blocked' });
	};
	const onVersionChange = () => report({ kind: 'replaced' });
	database.on('blocked', onBlocked);
	database.on('versionchange', onVersionChange);
	// The open may already have been started, and blocked, by a query that came first: its event has gone.
	if (database.waitingForOtherTab) onBlocked();
	const timer = setTimeout(() => {
		if (!settled && !blocked) report({ kind: 'no-answer' });
	}, timeoutMs);
	database.open().then(
		() => {
			settled = true;
			report({ kind: 'ok' });
		},
		(error: unknown) => {
			settled = true;
			reportError('Opening the database', error);
			report(explain(error));
		}
	);
	return () => {
		clearTimeout(timer);
		database.on('blocked').unsubscribe(onBlocked);
		database.on('versionchange').unsubscribe(onVersionChange);
	};
}
