import { deleteQuizAttempt, restoreQuizAttempt, type StoredQuizAttempt } from '$lib/data/quiz-attempts';
import type { StudyDatabase } from '$lib/data/database';
import { reportError } from '$lib/platform/report';

/** What a removal says: done, taken back, or failed (in the learner's language, read when it happens). */
export type RemovalTexts = { removed: string; undone: string; failed: string };

/**
 * Removing a stored quiz attempt with Undo, as the unfinished quizzes' list (discard) and the quiz history (delete)
 * offer it: the attempt removed last, which Undo brings back, and a message that says what happened.
 */
export class AttemptRemoval {
	/** The attempt removed last, until Undo brings it back. */
	removed = $state.raw<StoredQuizAttempt | undefined>();
	message = $state<{ kind: 'ok' | 'error'; text: string } | undefined>();
	readonly #open: () => StudyDatabase;
	readonly #texts: () => RemovalTexts;
	readonly #what: { remove: string; undo: string };

	/** `what` names the two actions in the console when they fail. */
	constructor(open: () => StudyDatabase, texts: () => RemovalTexts, what: { remove: string; undo: string }) {
		this.#open = open;
		this.#texts = texts;
		this.#what = what;
	}

	async remove(attempt: StoredQuizAttempt): Promise<void> {
		try {
			this.removed = await deleteQuizAttempt(this.#open(), attempt.id);
			this.message = { kind: 'ok', text: this.#texts().removed };
		} catch (error) {
			reportError(this.#what.remove, error);
			this.message = { kind: 'error', text: this.#texts().failed };
		}
	}

	async undo(): Promise<void> {
		const attempt = this.removed;
		if (!attempt) return;
		this.removed = undefined;
		try {
			await restoreQuizAttempt(this.#open(), attempt);
			this.message = { kind: 'ok', text: this.#texts().undone };
		} catch (error) {
			reportError(this.#what.undo, error);
			this.message = { kind: 'error', text: this.#texts().failed };
		}
	}
}
