import { fnv1a32 } from '$lib/domain/encoding/hash';
import { readLocal, writeLocal } from '$lib/platform/local-storage';
import { reportError } from '$lib/platform/report';

/**
 * Which quiz links this device has stored an attempt of. A quiz opened from a link paints its first question before
 * the database answers (a new attempt starts there); a link opened before resumes or shows its results instead, so
 * it waits for the database rather than flash question 1 and then jump. Read at once from local storage; a link it
 * does not know (another browser profile, a restored backup) still paints early, and the quiz then says it resumed.
 */
export type QuizMemory = {
	has(token: string): boolean;
	remember(token: string): void;
};

/** A forgetting memory, for tests and wherever local storage is missing. */
export const noQuizMemory: QuizMemory = { has: () => false, remember: () => undefined };

const key = 'quizzes-opened';
/** The latest links kept (a short hash each: a link's token can be long). */
const kept = 200;

const hashOf = (token: string) => fnv1a32(token).toString(36);

/** The stored hashes; anything else there (an older format, a hand edit) reads as none. */
function stored(): string[] {
	try {
		const value: unknown = JSON.parse(readLocal(key) ?? '[]');
		return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
	} catch (error) {
		reportError('Reading the quizzes opened on this device', error);
		return [];
	}
}

/** This device's memory of quiz links, in local storage. */
export const localQuizMemory: QuizMemory = {
	has: (token) => stored().includes(hashOf(token)),
	remember(token) {
		const hash = hashOf(token);
		const list = stored();
		if (list.at(-1) === hash) return;
		writeLocal(key, JSON.stringify([...list.filter((entry) => entry !== hash), hash].slice(-kept)));
	}
};
