/**
 * The one base class of the app's own errors. `reason` is a stable code the UI maps to words in the learner's
 * language; the message names the offending value, for the console; `cause` keeps the error underneath.
 */
export class AppError<Reason extends string = string> extends Error {
	constructor(
		readonly reason: Reason,
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = new.target.name;
	}
}

/** Input an encoder or builder cannot represent: a programming error, never a learner's. */
export class InvalidInputError extends AppError<'invalid-input'> {
	constructor(message: string) {
		super('invalid-input', message);
	}
}
