import { getContext, setContext } from 'svelte';
import { studyDatabase, type StudyDatabase } from '$lib/data/database';

// Components never open the database themselves: they ask for it here, so a test or a host page can inject
// another one (fake-indexeddb, a copy) with provideStudyDatabase.
const key = Symbol('study-database');

/** Opens the database when first needed: in the browser only, and it throws where IndexedDB is missing. */
export type OpenStudyDatabase = () => StudyDatabase;

/** Gives this component and its children another database. Call while a component initialises. */
export function provideStudyDatabase(open: OpenStudyDatabase): void {
	setContext(key, open);
}

/** The database opener for a component: the injected one, else the app's own. Call while it initialises. */
export function useStudyDatabase(): OpenStudyDatabase {
	return getContext<OpenStudyDatabase | undefined>(key) ?? studyDatabase;
}
