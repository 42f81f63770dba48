import Dexie from 'dexie';
import * as v from 'valibot';
import { AppError } from '$lib/domain/errors';
import type { QuizAnswer, QuizAttempt, QuizEnding } from '$lib/domain/quiz/attempt';
import { recordQuizAnswer, type QuizReview } from './cards';
import type { QuizAttemptRecord, StudyDatabase } from './database';
import { write } from './write';
import { quizAttemptSchema } from './schemas';

/** An attempt as stored, with its key. */
export type StoredQuizAttempt = QuizAttempt & { id: number };

/**
 * The attempt is no longer what this page holds: another tab answered or finished it, or it was deleted.
 * Nothing was written; reloading the attempt shows where it stands.
 */
export class QuizAttemptChangedError extends AppError<'attempt-changed'> {
	constructor(
		readonly attemptId: number,
		what: string
	) {
		super('attempt-changed', `Quiz attempt ${attemptId} changed elsewhere: ${what}`);
	}
}

const stored = (record: QuizAttemptRecord) => record as StoredQuizAttempt;

/**
 * Whether a stored row is an attempt the pages can show: rows restored by an older build from a damaged or
 * hand-edited backup may not be, and are left out rather than breaking the history.
 */
function isWellFormed(record: QuizAttemptRecord | undefined): record is StoredQuizAttempt {
	return record !== undefined && typeof record.id === 'number' && v.is(quizAttemptSchema, record);
}

/** The quiz's attempt in progress, if any (there is at most one per link). */
function inProgress(database: StudyDatabase, token: string) {
	return database.quizAttempts.where('[token+finishedAtMs]').equals([token, 0]).filter(isWellFormed).first();
}

/** The quiz's most recently finished attempt, if any. */
function latestFinished(database: StudyDatabase, token: string) {
	return database.quizAttempts
		.where('[token+finishedAtMs]')
		.between([token, 1], [token, Dexie.maxKey])
		.filter(isWellFormed)
		.last();
}

/**
 * What opening a quiz link shows: its attempt in progress (to resume), else its latest finished attempt (to
 * show the results), else a new attempt, which is saved at once. One transaction, so two tabs opening the same
 * link never start two attempts.
 */
export async function openQuizAttempt(
	database: StudyDatabase,
	draft: QuizAttempt
): Promise<StoredQuizAttempt> {
	return write(() =>
		database.transaction('rw', database.quizAttempts, async () => {
			const existing =
				(await inProgress(database, draft.token)) ?? (await latestFinished(database, draft.token));
			if (existing) return stored(existing);
			const id = (await database.quizAttempts.add({ ...draft })) as number;
			return { ...draft, id };
		})
	);
}

/** Starts the quiz again: a new attempt, unless one is already in progress (then that one is returned). */
export async function startQuizAttempt(
	database: StudyDatabase,
	draft: QuizAttempt
): Promise<StoredQuizAttempt> {
	return write(() =>
		database.transaction('rw', database.quizAttempts, async () => {
			const existing = await inProgress(database, draft.token);
			if (existing) return stored(existing);
			const id = (await database.quizAttempts.add({ ...draft })) as number;
			return { ...draft, id };
		})
	);
}

/** One attempt by its key. */
export async function quizAttempt(
	database: StudyDatabase,
	id: number
): Promise<StoredQuizAttempt | undefined> {
	const record = await database.quizAttempts.get(id);
	return isWellFormed(record) ? record : undefined;
}

/**
 * Saves one answer to an attempt in progress and, when given, records it as a review of its card: the answer,
 * the card and its log entry are written in one transaction, or none of them. An answer that is already saved
 * (from another tab) or an attempt already finished is refused with QuizAttemptChangedError.
 */
export async function saveQuizAnswer(
	database: StudyDatabase,
	attemptId: number,
	answer: Omit<QuizAnswer, 'reviewId'>,
	review: QuizReview | null
): Promise<StoredQuizAttempt> {
	return write(() =>
		database.transaction('rw', database.quizAttempts, database.cards, database.reviews, async () => {
			const attempt = await database.quizAttempts.get(attemptId);
			if (!isWellFormed(attempt)) throw new QuizAttemptChangedError(attemptId, 'it no longer exists');
			if (attempt.finishedAtMs > 0) throw new QuizAttemptChangedError(attemptId, 'it is finished');
			if (!attempt.questions.some((question) => question.questionId === answer.questionId))
				throw new QuizAttemptChangedError(attemptId, `question ${answer.questionId} is not in it`);
			if (attempt.answers.some((saved) => saved.questionId === answer.questionId))
				throw new QuizAttemptChangedError(attemptId, `question ${answer.questionId} is already answered`);
			const reviewId = review ? ((await recordQuizAnswer(database, review))?.reviewId ?? null) : null;
			const next = { ...attempt, answers: [...attempt.answers, { ...answer, reviewId }] };
			await database.quizAttempts.put(next);
			return stored(next);
		})
	);
}

/** Marks an attempt finished. Finishing one that is already finished returns it unchanged. */
export async function finishQuizAttempt(
	database: StudyDatabase,
	attemptId: number,
	finishedAtMs: number,
	endedBy: QuizEnding
): Promise<StoredQuizAttempt> {
	return write(() =>
		database.transaction('rw', database.quizAttempts, async () => {
			const attempt = await database.quizAttempts.get(attemptId);
			if (!isWellFormed(attempt)) throw new QuizAttemptChangedError(attemptId, 'it no longer exists');
			if (attempt.finishedAtMs > 0) return attempt;
			// finishedAtMs is never 0 once finished: 0 means "in progress" in the index.
			const next = { ...attempt, finishedAtMs: Math.max(1, finishedAtMs), endedBy };
			await database.quizAttempts.put(next);
			return stored(next);
		})
	);
}

/** Every finished attempt, newest first. */
export async function finishedQuizAttempts(database: StudyDatabase): Promise<StoredQuizAttempt[]> {
	return database.quizAttempts
		.where('finishedAtMs')
		.above(0)
		.reverse()
		.filter(isWellFormed)
		.toArray() as Promise<StoredQuizAttempt[]>;
}

/** Every attempt still in progress, most recently started first. */
export async function quizAttemptsInProgress(database: StudyDatabase): Promise<StoredQuizAttempt[]> {
	const records = await database.quizAttempts.where('finishedAtMs').equals(0).filter(isWellFormed).toArray();
	return records.map(stored).sort((a, b) => b.startedAtMs - a.startedAtMs);
}

/**
 * Deletes an attempt (discarding one in progress, or removing one from the history) and returns it, so the page
 * can offer to bring it back. Its answers' reviews stay in the card's log: they happened. Deleting an attempt
 * that is already gone returns undefined.
 */
export async function deleteQuizAttempt(
	database: StudyDatabase,
	attemptId: number
): Promise<StoredQuizAttempt | undefined> {
	return write(() =>
		database.transaction('rw', database.quizAttempts, async () => {
			const attempt = await database.quizAttempts.get(attemptId);
			if (!attempt) return undefined;
			await database.quizAttempts.delete(attemptId);
			return stored(attempt);
		})
	);
}

/**
 * Puts a deleted attempt back as it was, under its own key. Refused (QuizAttemptChangedError) when its key was
 * taken meanwhile, or when it was in progress and the same quiz has another attempt in progress now.
 */
export async function restoreQuizAttempt(database: StudyDatabase, attempt: StoredQuizAttempt): Promise<void> {
	await write(() =>
		database.transaction('rw', database.quizAttempts, async () => {
			if (await database.quizAttempts.get(attempt.id))
				throw new QuizAttemptChangedError(attempt.id, 'its key is in use');
			if (attempt.finishedAtMs === 0 && (await inProgress(database, attempt.token)))
				throw new QuizAttemptChangedError(attempt.id, 'the quiz has another attempt in progress');
			await database.quizAttempts.add(attempt);
		})
	);
}
