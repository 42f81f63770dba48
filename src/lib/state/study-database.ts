import { studyDatabase } from '$lib/data/database';
import { injectedStudyDatabase, type OpenStudyDatabase } from './study-database-context';

// Components never open the database themselves: they ask for it here, so a test or a host page can inject
// another one (fake-indexeddb, a copy) with provideStudyDatabase. This module loads the database code with the
// component; one that needs it only after the page paints uses study-database-context.ts's useStudyDatabaseLater.
export { provideStudyDatabase, type OpenStudyDatabase } from './study-database-context';

/** The database opener for a component: the injected one, else the app's own. Call while it initialises. */
export function useStudyDatabase(): OpenStudyDatabase {
	return injectedStudyDatabase() ?? studyDatabase;
}
