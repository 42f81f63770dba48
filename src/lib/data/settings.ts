import type { StudyDatabase } from './database';

/** Reads one stored setting, or the fallback when it was never set. */
export async function readSetting<T>(database: StudyDatabase, key: string, fallback: T): Promise<T> {
	const record = await database.settings.get(key);
	return record === undefined ? fallback : (record.value as T);
}

export async function writeSetting<T>(database: StudyDatabase, key: string, value: T): Promise<void> {
	await database.settings.put({ key, value });
}
