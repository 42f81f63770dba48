/** The one base class of the app's own errors; messages name the offending value. */
export class AppError extends Error {
	constructor(message: string) {
		super(message);
		this.name = new.target.name;
	}
}

/** Input an encoder or builder cannot represent: a programming error, never a learner's. */
export class InvalidInputError extends AppError {}
