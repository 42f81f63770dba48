import { describe, expect, it } from 'vitest';
import { StorageWriteError } from '$lib/data/errors';
import { saveReviewSetting } from '$lib/data/settings';
import { AppError } from '$lib/domain/errors';
import { failWrites, freshDatabase } from './helpers';

describe('write(): the data layer’s one wrapper of a write', () => {
	it('turns a refused write into a StorageWriteError with a reason and the browser’s error as its cause', async () => {
		const database = freshDatabase();
		await failWrites(database, 'settings');
		const error: unknown = await saveReviewSetting(database, 'newCardsPerDay', 5).catch((caught) => caught);
		expect(error).toBeInstanceOf(StorageWriteError);
		expect(error).toBeInstanceOf(AppError);
		expect((error as StorageWriteError).reason).toBe('storage-write');
		expect((error as StorageWriteError).cause).toMatchObject({ name: 'QuotaExceededError' });
	});
});
