import { describe, expect, it } from 'vitest';
import { StorageWriteError } from '$lib/data/errors';
import {
	deleteQuizAttempt,
	finishedQuizAttempts,
	finishQuizAttempt,
	openQuizAttempt,
	QuizAttemptChangedError,
	quizAttempt,
	quizAttemptsInProgress,
	restoreQuizAttempt,
	saveQuizAnswer,
	startQuizAttempt
} from '$lib/data/quiz-attempts';
import { deckId, questionId } from '$lib/domain/ids';
import type { QuizAnswer } from '$lib/domain/quiz/attempt';
import { clockShift } from '$lib/domain/scheduling/clock';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase, quizDraft } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const d = deckId('d');
const ids = ['q1', 'q2', 'q3'].map(questionId);
const draft = (token = 'token-a', startedAtMs = now) => quizDraft(ids, d, startedAtMs, token);
const answer = (id: string, correct = true): Omit<QuizAnswer, 'reviewId'> => ({
	questionId: questionId(id),
	deckId: d,
	response: { kind: 'true-false', answer: true },
	grade: correct ? { kind: 'correct' } : { kind: 'wrong' },
	correct,
	answeredAtMs: now + 1000,
	durationMs: 1000
});
const review = (id: string, rating: 'again' | 'good') => ({
	questionId: questionId(id),
	deckId: d,
	rating,
	nowMs: now + 1000,
	durationMs: 1000,
	clockShiftMinutes: clockShift(480, 4),
	scheduler: new Scheduler(defaultReviewSettings),
	startsNewCards: true
});

describe('quiz attempts', () => {
	it('starts an attempt once; opening the link again resumes it with the answers saved so far', async () => {
		const database = freshDatabase();
		const first = await openQuizAttempt(database, draft());
		await saveQuizAnswer(database, first.id, answer('q1'), null);
		const again = await openQuizAttempt(database, draft('token-a', now + 60_000));
		expect(again.id).toBe(first.id);
		expect(again.startedAtMs).toBe(now);
		expect(again.answers.map((saved) => saved.questionId)).toEqual(['q1']);
		expect(await database.quizAttempts.count()).toBe(1);
		expect((await quizAttemptsInProgress(database)).map((attempt) => attempt.id)).toEqual([first.id]);
	});

	it('saves an answer with its review: the answer, the card and the log entry together', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		const saved = await saveQuizAnswer(database, attempt.id, answer('q2', false), review('q2', 'again'));
		const [stored] = saved.answers;
		expect(stored!.reviewId).not.toBeNull();
		const entry = await database.reviews.get(stored!.reviewId!);
		expect(entry).toMatchObject({ questionId: 'q2', rating: 1, origin: 'quiz' });
		expect((await database.cards.get(questionId('q2')))?.phase).toBe('learning');
		expect(await quizAttempt(database, attempt.id)).toEqual(saved);
	});

	it('writes nothing at all when any part of saving an answer fails', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		database.reviews.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(
			saveQuizAnswer(database, attempt.id, answer('q1'), review('q1', 'good'))
		).rejects.toBeInstanceOf(StorageWriteError);
		expect((await quizAttempt(database, attempt.id))?.answers).toEqual([]);
		expect(await database.cards.count()).toBe(0);
		expect(await database.reviews.count()).toBe(0);
	});

	it('keeps what was saved before when a later answer cannot be saved', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		await saveQuizAnswer(database, attempt.id, answer('q1'), review('q1', 'good'));
		database.quizAttempts.hook('updating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(
			saveQuizAnswer(database, attempt.id, answer('q2'), review('q2', 'good'))
		).rejects.toBeInstanceOf(StorageWriteError);
		const stored = await quizAttempt(database, attempt.id);
		expect(stored?.answers.map((saved) => saved.questionId)).toEqual(['q1']);
		expect(await database.reviews.count()).toBe(1);
		expect(await database.cards.get(questionId('q2'))).toBeUndefined();
	});

	it('refuses an answer saved already (in another tab) or to a finished attempt, writing nothing', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		await saveQuizAnswer(database, attempt.id, answer('q1'), review('q1', 'good'));
		await expect(
			saveQuizAnswer(database, attempt.id, answer('q1'), review('q1', 'again'))
		).rejects.toBeInstanceOf(QuizAttemptChangedError);
		await finishQuizAttempt(database, attempt.id, now + 5000, 'stopped');
		await expect(saveQuizAnswer(database, attempt.id, answer('q2'), null)).rejects.toBeInstanceOf(
			QuizAttemptChangedError
		);
		expect(await database.reviews.count()).toBe(1);
	});

	it('finishes an attempt; the link then shows it, and starting again makes a new one', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		await saveQuizAnswer(database, attempt.id, answer('q1'), null);
		const finished = await finishQuizAttempt(database, attempt.id, now + 90_000, 'completed');
		expect(finished).toMatchObject({ finishedAtMs: now + 90_000, endedBy: 'completed' });
		// Finishing twice changes nothing.
		expect(await finishQuizAttempt(database, attempt.id, now + 99_000, 'stopped')).toEqual(finished);
		expect((await openQuizAttempt(database, draft())).id).toBe(attempt.id);
		expect(await quizAttemptsInProgress(database)).toEqual([]);

		const retake = await startQuizAttempt(database, draft('token-a', now + 100_000));
		expect(retake.id).not.toBe(attempt.id);
		expect(retake.answers).toEqual([]);
		await finishQuizAttempt(database, retake.id, now + 200_000, 'completed');
		// Opening the link shows the latest finished attempt; history lists the newest first.
		expect((await openQuizAttempt(database, draft())).id).toBe(retake.id);
		expect((await finishedQuizAttempts(database)).map((a) => a.id)).toEqual([retake.id, attempt.id]);
	});

	it('skips a malformed row (e.g. from an old backup) instead of breaking history or the link', async () => {
		const database = freshDatabase();
		await database.quizAttempts.add({ token: 'token-a', startedAtMs: now, finishedAtMs: now + 1 } as never);
		await database.quizAttempts.add({ token: 'token-a', startedAtMs: now, finishedAtMs: 0 } as never);
		expect(await finishedQuizAttempts(database)).toEqual([]);
		expect(await quizAttemptsInProgress(database)).toEqual([]);
		const opened = await openQuizAttempt(database, draft());
		expect(opened.answers).toEqual([]);
		expect(await quizAttempt(database, 1)).toBeUndefined();
	});

	it('keeps attempts of different quizzes apart', async () => {
		const database = freshDatabase();
		const a = await openQuizAttempt(database, draft('token-a'));
		const b = await openQuizAttempt(database, draft('token-b'));
		expect(b.id).not.toBe(a.id);
		expect((await quizAttemptsInProgress(database)).length).toBe(2);
	});
});

describe('discarding and deleting attempts', () => {
	it('discard an attempt in progress and bring it back exactly, under its own key', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		await saveQuizAnswer(database, attempt.id, answer('q1'), null);
		const before = await database.quizAttempts.toArray();
		const deleted = await deleteQuizAttempt(database, attempt.id);
		expect(await quizAttemptsInProgress(database)).toEqual([]);
		await restoreQuizAttempt(database, deleted!);
		expect(await database.quizAttempts.toArray()).toEqual(before);
	});

	it('delete a finished attempt from the history and bring it back', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		await finishQuizAttempt(database, attempt.id, now + 5000, 'completed');
		const deleted = await deleteQuizAttempt(database, attempt.id);
		expect(await finishedQuizAttempts(database)).toEqual([]);
		await restoreQuizAttempt(database, deleted!);
		expect((await finishedQuizAttempts(database)).map((row) => row.id)).toEqual([attempt.id]);
	});

	it('leave the reviews its answers made in the cards’ log', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		await saveQuizAnswer(database, attempt.id, answer('q1'), {
			...review('q1', 'good'),
			startsNewCards: true
		});
		await deleteQuizAttempt(database, attempt.id);
		expect(await database.reviews.count()).toBe(1);
	});

	it('refuse to bring back a discarded attempt once the quiz was started again, and change nothing', async () => {
		const database = freshDatabase();
		const attempt = await openQuizAttempt(database, draft());
		const deleted = await deleteQuizAttempt(database, attempt.id);
		await openQuizAttempt(database, draft());
		const before = await database.quizAttempts.toArray();
		await expect(restoreQuizAttempt(database, deleted!)).rejects.toBeInstanceOf(QuizAttemptChangedError);
		expect(await database.quizAttempts.toArray()).toEqual(before);
	});

	it('say when the attempt is already gone', async () => {
		expect(await deleteQuizAttempt(freshDatabase(), 42)).toBeUndefined();
	});
});
