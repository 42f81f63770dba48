import { AppError } from '$lib/domain/errors';

/** The card changed since it was shown (another tab reviewed it): nothing was written. */
export class StaleCardError extends AppError {
	constructor(readonly questionId: string) {
		super(`Card "${questionId}" was changed elsewhere since it was shown; the rating was not saved.`);
	}
}

/** IndexedDB refused to write (full disk, private mode, blocked): nothing was written. */
export class StorageWriteError extends AppError {
	constructor(readonly cause: unknown) {
		super(`The browser could not save: ${cause instanceof Error ? cause.message : String(cause)}`);
	}
}
