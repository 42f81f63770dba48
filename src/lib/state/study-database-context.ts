import { getContext, setContext } from 'svelte';
import type { StudyDatabase } from '$lib/data/database';

// The database opener a component uses, injectable (a test or a host page gives another one: fake-indexeddb, a
// copy). This module imports no database code: a page that needs the database only after it paints asks for it
// with useStudyDatabaseLater, and the database module (with Dexie) loads on that first use.
const key = Symbol('study-database');

/** Opens the database when first needed: in the browser only, and it throws where IndexedDB is missing. */
export type OpenStudyDatabase = () => StudyDatabase;

/** Gives this component and its children another database. Call while a component initialises. */
export function provideStudyDatabase(open: OpenStudyDatabase): void {
	setContext(key, open);
}

/** The injected database opener, if any. Call while a component initialises. */
export function injectedStudyDatabase(): OpenStudyDatabase | undefined {
	return getContext<OpenStudyDatabase | undefined>(key);
}

/**
 * The database for a component that needs it only after the first paint: the injected one, else the app's own,
 * whose module loads on the first call. The promise rejects where the scripts cannot load or IndexedDB is missing.
 * Call while the component initialises; call the result when the database is needed.
 */
export function useStudyDatabaseLater(): () => Promise<StudyDatabase> {
	const injected = injectedStudyDatabase();
	if (injected) return async () => injected();
	return () => import('$lib/data/database').then(({ studyDatabase }) => studyDatabase());
}
