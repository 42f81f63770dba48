import { AppError } from '$lib/domain/errors';
import { StorageWriteError } from './errors';

/**
 * Runs a write (one transaction): IndexedDB's own failures (a full disk, private mode, a blocked database)
 * become a StorageWriteError with the original as its cause; the app's own errors (a stale card, a card FSRS
 * cannot schedule, a changed quiz attempt) stay what they are. Every write of the data layer goes through here.
 */
export async function write<T>(action: () => Promise<T>): Promise<T> {
	try {
		return await action();
	} catch (error) {
		if (error instanceof AppError) throw error;
		throw new StorageWriteError(error);
	}
}
