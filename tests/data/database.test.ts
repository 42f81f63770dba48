import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StudyDatabase } from '$lib/data/database';
import { readSetting, writeSetting } from '$lib/data/settings';

let database: StudyDatabase;
afterEach(async () => {
	await database?.delete();
});

describe('StudyDatabase', () => {
	it('opens with its tables', async () => {
		database = new StudyDatabase('test-open');
		await database.open();
		expect(database.tables.map((table) => table.name).sort()).toEqual(['cards', 'reviews', 'settings']);
	});

	it('stores a setting and returns the fallback for one never set', async () => {
		database = new StudyDatabase('test-settings');
		expect(await readSetting(database, 'newCardsPerDay', 20)).toBe(20);
		await writeSetting(database, 'newCardsPerDay', 35);
		expect(await readSetting(database, 'newCardsPerDay', 20)).toBe(35);
	});
});
