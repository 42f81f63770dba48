/**
 * The one way an error is recorded once the learner has been told about it in their language (a notice or
 * message from the catalog): the console, with what the app was doing and the error itself, whose `cause`
 * chain the browser's console unfolds. No error is caught and dropped silently.
 */
export function reportError(doing: string, error: unknown): void {
	console.error(`${doing} failed:`, error);
}
