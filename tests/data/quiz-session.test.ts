import { describe, expect, it } from 'vitest';
import { saveReviewSetting } from '$lib/data/settings';
import type { QuizItem, QuizSpec } from '$lib/domain/quiz/spec';
import { quizItems } from '$lib/domain/quiz/spec';
import { questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import type { QuizMemory } from '$lib/state/quiz-memory';
import { QuizSession } from '$lib/state/quiz-session.svelte';
import { questionsById } from '../unit/quiz/fixtures';
import type { StudyDatabase } from '$lib/data/database';
import { freshDatabase } from './helpers';

const start = Date.parse('2025-09-05T08:00:00Z');
const ids = ['a-true-false-1', 'a-cloze-1', 'a-flashcard-1'].map(questionId);
const specOf = (mode: QuizSpec['mode'], timeLimitSeconds: number | null = null): QuizSpec => ({
	contentVersion: 'v1',
	questionIds: ids,
	order: 'as-picked',
	seed: 'seed',
	mode,
	timeLimitSeconds
});

/** A session on a fixed clock that moves only when told. */
function sessionOf(
	database: ReturnType<typeof freshDatabase>,
	spec: QuizSpec,
	token = 'tok',
	openDatabase: () => Promise<StudyDatabase> = async () => database,
	memory?: QuizMemory
) {
	const clock = { time: start, now: () => clock.time };
	const items: QuizItem[] = quizItems(spec, questionsById);
	const finished: number[] = [];
	const session = new QuizSession(openDatabase, {
		spec,
		token,
		items,
		origin: 'self',
		clock,
		memory,
		onfinish: (attempt) => finished.push(attempt.id)
	});
	return { session, clock, finished };
}

/** A database that arrives when the test says so, as the database's code does after the quiz paints. */
function lateDatabase(database: StudyDatabase) {
	let arrive = () => {};
	const arrived = new Promise<void>((resolve) => (arrive = resolve));
	return { open: () => arrived.then(() => database), arrive };
}

/** Answers the question on screen: true/false "true" (right), the cloze with the answer, the flashcard "knew". */
async function answerRight(session: QuizSession) {
	const question = session.current!.question;
	if (question.kind === 'true-false') session.response = { kind: 'true-false', answer: true };
	if (question.kind === 'cloze') session.response = { kind: 'cloze', text: 'astana' };
	await session.submit();
	if (question.kind === 'flashcard') await session.assess(true);
}

describe('QuizSession', () => {
	it('practice: shows feedback after each answer, records each as a review, finishes after the last', async () => {
		const database = freshDatabase();
		await saveReviewSetting(database, 'quizAnswersStartNewCards', true);
		const { session, clock, finished } = sessionOf(database, specOf('practice'));
		await session.start();
		expect(session.status).toBe('asking');
		for (let index = 0; index < ids.length; index++) {
			expect(session.index).toBe(index);
			clock.time += 5000;
			await answerRight(session);
			expect(session.status).toBe('feedback');
			expect(session.lastAnswer?.correct).toBe(true);
			await session.next();
		}
		expect(session.status).toBe('finished');
		expect(finished).toEqual([session.attempt!.id]);
		expect(session.attempt?.answers.map((answer) => answer.durationMs)).toEqual([5000, 5000, 5000]);
		const reviews = await database.reviews.toArray();
		expect(reviews.map((entry) => [entry.questionId, entry.rating, entry.origin])).toEqual([
			['a-true-false-1', 3, 'quiz'],
			['a-cloze-1', 3, 'quiz'],
			['a-flashcard-1', 3, 'quiz']
		]);
	});

	it('test: moves straight on without feedback; a wrong answer is recorded as Again', async () => {
		const database = freshDatabase();
		await saveReviewSetting(database, 'quizAnswersStartNewCards', true);
		const { session } = sessionOf(database, specOf('test'));
		await session.start();
		session.response = { kind: 'true-false', answer: false };
		await session.submit();
		expect(session.status).toBe('asking');
		expect(session.index).toBe(1);
		expect(session.grade).toBeUndefined();
		const [entry] = await database.reviews.toArray();
		expect(entry).toMatchObject({ questionId: 'a-true-false-1', rating: 1 });
	});

	it('shows a near miss as such and counts it wrong', async () => {
		const database = freshDatabase();
		const { session } = sessionOf(database, {
			...specOf('practice'),
			questionIds: [questionId('a-cloze-1')]
		});
		await session.start();
		session.response = { kind: 'cloze', text: 'Astama' };
		await session.submit();
		expect(session.lastAnswer?.grade).toEqual({ kind: 'near-miss', expected: 'Astana' });
		expect(session.lastAnswer?.correct).toBe(false);
	});

	it('resumes after a reload at the first unanswered question, and then shows the results', async () => {
		const database = freshDatabase();
		const first = sessionOf(database, specOf('test'));
		await first.session.start();
		await answerRight(first.session);
		const second = sessionOf(database, specOf('test'));
		await second.session.start();
		expect(second.session.attempt?.id).toBe(first.session.attempt?.id);
		expect(second.session.index).toBe(1);
		await answerRight(second.session);
		await answerRight(second.session);
		expect(second.session.status).toBe('finished');
		const third = sessionOf(database, specOf('test'));
		await third.session.start();
		expect(third.session.status).toBe('finished');
		expect(third.finished).toEqual([]);
		await third.session.restart();
		expect(third.session.status).toBe('asking');
		expect(third.session.attempt?.id).not.toBe(first.session.attempt?.id);
	});

	it('by default reviews only the cards already in study: a quiz does not fill the learning queue', async () => {
		const database = freshDatabase();
		// The second question's card is in study (learning); the others were never studied.
		const studied = ids[1]!;
		await database.cards.put({
			...newCard(studied, questionsById.get(studied)!.deckId, start - dayMs),
			phase: 'learning',
			stability: 1,
			difficulty: 5,
			reps: 1,
			learningSteps: 1,
			lastReviewAtMs: start - dayMs
		});
		const { session } = sessionOf(database, specOf('practice'));
		await session.start();
		for (let index = 0; index < ids.length; index++) {
			await answerRight(session);
			await session.next();
		}
		expect(session.status).toBe('finished');
		expect(session.attempt?.answers.map((answer) => answer.reviewId !== null)).toEqual(
			ids.map((id) => id === studied)
		);
		expect((await database.reviews.toArray()).map((entry) => entry.questionId)).toEqual([studied]);
		expect((await database.cards.toArray()).map((card) => card.questionId)).toEqual([studied]);
	});

	it('records no reviews when quiz answers do not count as reviews', async () => {
		const database = freshDatabase();
		await saveReviewSetting(database, 'quizAnswersReview', false);
		const { session } = sessionOf(database, specOf('practice'));
		await session.start();
		await answerRight(session);
		expect(session.lastAnswer?.reviewId).toBeNull();
		expect(await database.reviews.count()).toBe(0);
		expect(await database.cards.count()).toBe(0);
	});

	it('ends a timed attempt when time is up, and one reopened after its deadline at once', async () => {
		const database = freshDatabase();
		const { session, clock } = sessionOf(database, specOf('test', 60));
		await session.start();
		expect(session.deadlineMs).toBe(start + 60_000);
		await answerRight(session);
		clock.time += 61_000;
		await session.finish('time-up');
		// It ended at its deadline, however late it is closed.
		expect(session.attempt).toMatchObject({ endedBy: 'time-up', finishedAtMs: start + 60_000 });

		const late = sessionOf(database, specOf('test', 60), 'other-token');
		await late.session.start();
		late.clock.time += 120_000;
		const reopened = sessionOf(database, specOf('test', 60), 'other-token');
		reopened.clock.time = late.clock.time;
		await reopened.session.start();
		expect(reopened.session.status).toBe('finished');
		expect(reopened.session.attempt?.endedBy).toBe('time-up');
	});

	it('does not count an answer given after the deadline (a timer asleep in a background tab)', async () => {
		const database = freshDatabase();
		const { session, clock } = sessionOf(database, specOf('test', 60));
		await session.start();
		clock.time += 4 * 60_000;
		await answerRight(session);
		expect(session.status).toBe('finished');
		expect(session.attempt).toMatchObject({ endedBy: 'time-up', finishedAtMs: start + 60_000 });
		expect(session.attempt?.answers).toEqual([]);
	});

	it('keeps the answer on screen and everything saved before when a save fails', async () => {
		const database = freshDatabase();
		await saveReviewSetting(database, 'quizAnswersStartNewCards', true);
		const { session } = sessionOf(database, specOf('practice'));
		await session.start();
		await answerRight(session);
		await session.next();
		database.quizAttempts.hook('updating', () => {
			throw new Error('QuotaExceededError');
		});
		session.response = { kind: 'cloze', text: 'astana' };
		await session.submit();
		expect(session.notice).toBe('save-failed');
		expect(session.status).toBe('asking');
		expect(session.response).toEqual({ kind: 'cloze', text: 'astana' });
		expect((await database.quizAttempts.toArray())[0]?.answers).toHaveLength(1);
		expect(await database.reviews.count()).toBe(1);
	});

	it('an answer on a card FSRS cannot schedule is saved without a review, and says why (not "storage full")', async () => {
		const database = freshDatabase();
		// A damaged row an older build restored: a studied card with a negative stability.
		await database.cards.put({
			...newCard(ids[0]!, questionsById.get(ids[0]!)!.deckId, start),
			phase: 'review',
			stability: -5,
			difficulty: 5,
			reps: 3,
			lastReviewAtMs: start - dayMs
		});
		const { session } = sessionOf(database, specOf('practice'));
		await session.start();
		await answerRight(session);
		expect(session.status).toBe('feedback');
		expect(session.notice).toBe('not-reviewed');
		expect(session.attempt?.answers).toHaveLength(1);
		expect(session.attempt?.answers[0]?.reviewId).toBeNull();
		expect(await database.reviews.count()).toBe(0);
	});

	it('shows the first question before the database answers, and saves an answer given meanwhile once it does', async () => {
		const database = freshDatabase();
		const late = lateDatabase(database);
		const { session, clock } = sessionOf(database, specOf('test', 60), 'tok', late.open);
		const started = session.start();
		expect(session.status).toBe('asking');
		// The timer runs from the page's opening, as the stored attempt will.
		expect(session.deadlineMs).toBe(start + 60_000);
		clock.time += 5000;
		session.response = { kind: 'true-false', answer: true };
		const submitted = session.submit();
		await Promise.resolve();
		expect(session.busy).toBe(true);
		expect(await database.quizAttempts.count()).toBe(0);
		late.arrive();
		await Promise.all([started, submitted]);
		expect(session.index).toBe(1);
		expect(session.notice).toBeUndefined();
		const [stored] = await database.quizAttempts.toArray();
		expect(stored?.startedAtMs).toBe(start);
		expect(
			stored?.answers.map((answer) => [answer.questionId, answer.answeredAtMs, answer.durationMs])
		).toEqual([[ids[0], start + 5000, 5000]]);
	});

	it('goes on where an attempt under way stands when the database answers after the first question painted', async () => {
		const database = freshDatabase();
		const first = sessionOf(database, specOf('test'));
		await first.session.start();
		await answerRight(first.session);
		const late = lateDatabase(database);
		const { session } = sessionOf(database, specOf('test'), 'tok', late.open);
		const started = session.start();
		expect(session.index).toBe(0);
		// Answered again before the database arrived: the answer already stored stands.
		session.response = { kind: 'true-false', answer: false };
		const submitted = session.submit();
		late.arrive();
		await Promise.all([started, submitted]);
		expect(session.index).toBe(1);
		expect(session.notice).toBe('resumed');
		const [stored] = await database.quizAttempts.toArray();
		expect(stored?.answers.map((answer) => [answer.questionId, answer.correct])).toEqual([[ids[0], true]]);
	});

	it('a link this device has stored an attempt of waits for the database: no question 1 painted, then where it stands', async () => {
		// Regression: reopening a quiz under way painted question 1, then jumped to the question it stood at.
		const database = freshDatabase();
		const seen = new Set<string>();
		const memory: QuizMemory = { has: (token) => seen.has(token), remember: (token) => void seen.add(token) };
		const first = sessionOf(database, specOf('test'), 'tok', undefined, memory);
		await first.session.start();
		await answerRight(first.session);
		const late = lateDatabase(database);
		const { session } = sessionOf(database, specOf('test'), 'tok', late.open, memory);
		const started = session.start();
		expect(session.status).toBe('loading');
		late.arrive();
		await started;
		expect(session.status).toBe('asking');
		expect(session.index).toBe(1);
		expect(session.notice).toBeUndefined();
		// Another link is still painted at once.
		const other = sessionOf(database, specOf('test'), 'other', lateDatabase(database).open, memory);
		void other.session.start();
		expect(other.session.status).toBe('asking');
	});

	it('says so when the database cannot be opened, keeps the answer on screen, and saves it when it can', async () => {
		const database = freshDatabase();
		let failures = 1;
		const open = async () => {
			if (failures-- > 0) throw new Error('Failed to fetch dynamically imported module');
			return database;
		};
		const { session } = sessionOf(database, specOf('practice'), 'tok', open);
		await session.start();
		expect(session.status).toBe('asking');
		expect(session.notice).toBe('open-failed');
		session.response = { kind: 'true-false', answer: true };
		await session.submit();
		expect(session.status).toBe('feedback');
		expect(session.notice).toBeUndefined();
		expect((await database.quizAttempts.toArray())[0]?.answers).toHaveLength(1);
	});

	it('keeps an answer given while the database cannot be opened on screen, to submit again', async () => {
		const database = freshDatabase();
		let failures = 2;
		const open = async () => {
			if (failures-- > 0) throw new Error('Failed to fetch dynamically imported module');
			return database;
		};
		const { session } = sessionOf(database, specOf('practice'), 'tok', open);
		await session.start();
		session.response = { kind: 'true-false', answer: true };
		await session.submit();
		expect(session.notice).toBe('open-failed');
		expect(session.status).toBe('asking');
		expect(session.response).toEqual({ kind: 'true-false', answer: true });
		await session.submit();
		expect(session.status).toBe('feedback');
		expect((await database.quizAttempts.toArray())[0]?.answers).toHaveLength(1);
	});
});
