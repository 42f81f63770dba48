import { AppError } from '$lib/domain/errors';

/** The card changed since it was shown (another tab reviewed it): nothing was written. */
export class StaleCardError extends AppError<'stale-card'> {
	constructor(readonly questionId: string) {
		super(
			'stale-card',
			`Card "${questionId}" was changed elsewhere since it was shown; the rating was not saved.`
		);
	}
}

/** IndexedDB refused to write (full disk, private mode, blocked): nothing was written. */
export class StorageWriteError extends AppError<'storage-write'> {
	constructor(cause: unknown) {
		super(
			'storage-write',
			`The browser could not save: ${cause instanceof Error ? cause.message : String(cause)}`,
			{
				cause
			}
		);
	}
}
