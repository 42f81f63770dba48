import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StudyDatabase } from '$lib/data/database';

/** A fresh, isolated database on fake-indexeddb for each test. */
export const freshDatabase = () => new StudyDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange });

/** Makes every write to one table fail as a full disk would, below Dexie (in its DBCore layer). */
export async function failWrites(database: StudyDatabase, tableName: string): Promise<void> {
	// Middleware applies from the next open.
	database.close();
	database.use({
		stack: 'dbcore',
		name: `fail-${tableName}`,
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				if (name !== tableName) return table;
				return {
					...table,
					mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
				};
			}
		})
	});
	await database.open();
}
