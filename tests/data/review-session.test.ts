import { describe, expect, it } from 'vitest';
import type { StudyDatabase } from '$lib/data/database';
import { questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import { ReviewSession } from '$lib/state/review-session.svelte';
import { makeQuestion, deckA } from '../unit/quiz/fixtures';
import { freshDatabase } from './helpers';

const start = Date.parse('2025-09-05T08:00:00Z');

/** Makes writes to the review log fail (as a full disk would) while `failing.now` is true. */
async function switchableLogFailure(database: StudyDatabase) {
	const failing = { now: false };
	database.close();
	database.use({
		stack: 'dbcore',
		name: 'switchable-log-failure',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				if (name !== 'reviews') return table;
				return {
					...table,
					mutate: (request) =>
						failing.now
							? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
							: table.mutate(request)
				};
			}
		})
	});
	await database.open();
	return failing;
}

/** A session of three true/false questions, new, answered right each time. */
async function startedSession() {
	const database = freshDatabase();
	const failing = await switchableLogFailure(database);
	const questions = [1, 2, 3].map((n) => makeQuestion(`a-true-false-${n}`, deckA, 'true-false'));
	const session = new ReviewSession(database, { questions, clock: { now: () => start } });
	await session.start();
	const answer = async () => {
		session.response = { kind: 'true-false', answer: true };
		await session.submit();
	};
	return { database, failing, session, answer };
}

describe('ReviewSession', () => {
	it('a card FSRS cannot schedule says so (not "storage full"), writes nothing, and can be reset', async () => {
		const database = freshDatabase();
		const question = makeQuestion('a-true-false-1', deckA, 'true-false');
		// A damaged row an older build restored: a studied card with a negative stability, due now.
		await database.cards.put({
			...newCard(questionId(question.id), deckA, start),
			phase: 'review',
			dueAtMs: start - dayMs,
			stability: -5,
			difficulty: 5,
			reps: 3,
			lastReviewAtMs: start - 2 * dayMs
		});
		const session = new ReviewSession(database, { questions: [question], clock: { now: () => start } });
		await session.start();
		expect(session.current?.question.id).toBe(question.id);
		session.response = { kind: 'true-false', answer: true };
		await session.submit();
		expect(session.notice).toBe('schedule-failed');
		expect(session.status).toBe('asking');
		expect(await database.reviews.count()).toBe(0);
		await session.reset();
		expect(await database.cards.get(question.id)).toBeUndefined();
		session.destroy();
	});

	it('shows the next card before the rating is written, then writes it; undo takes it back', async () => {
		const { database, session, answer } = await startedSession();
		expect(session.current?.question.id).toBe('a-true-false-1');
		await answer();
		const written = session.rate('good');
		// Synchronously, before any storage work: the next card is on screen.
		expect(session.current?.question.id).toBe('a-true-false-2');
		expect(session.status).toBe('asking');
		expect(session.reviewed).toBe(1);
		expect(await database.reviews.count()).toBe(0);
		await written;
		expect(await database.reviews.count()).toBe(1);
		expect((await database.cards.get(questionId('a-true-false-1')))?.reps).toBe(1);
		await session.undo();
		expect(session.current?.question.id).toBe('a-true-false-1');
		expect(await database.reviews.count()).toBe(0);
		expect(await database.cards.get(questionId('a-true-false-1'))).toBeUndefined();
		session.destroy();
	});

	it('a rating that cannot be written is taken back and said so: the card comes again, nothing counted twice', async () => {
		const { database, failing, session, answer } = await startedSession();
		const countsBefore = { ...session.counts };
		await answer();
		failing.now = true;
		const written = session.rate('good');
		expect(session.current?.question.id).toBe('a-true-false-2');
		await written;
		expect(session.notice).toBe('storage-failed');
		expect(session.reviewed).toBe(0);
		expect(session.canUndo).toBe(false);
		expect(session.counts).toEqual(countsBefore);
		expect(await database.reviews.count()).toBe(0);
		expect(await database.cards.get(questionId('a-true-false-1'))).toBeUndefined();
		// The learner carries on with the card on screen; the one not saved comes back, and is saved once.
		failing.now = false;
		expect(session.current?.question.id).toBe('a-true-false-2');
		await answer();
		await session.rate('good');
		expect(session.current?.question.id).toBe('a-true-false-1');
		await answer();
		await session.rate('good');
		await session.settled();
		expect(session.reviewed).toBe(2);
		expect(await database.reviews.count()).toBe(2);
		expect((await database.reviews.toArray()).map((review) => review.questionId).sort()).toEqual([
			'a-true-false-1',
			'a-true-false-2'
		]);
		session.destroy();
	});

	it('undo right after a rating waits for its write, then takes back exactly that rating', async () => {
		const { database, session, answer } = await startedSession();
		await answer();
		void session.rate('easy');
		await session.undo();
		expect(session.notice).toBe('undone');
		expect(session.current?.question.id).toBe('a-true-false-1');
		expect(session.reviewed).toBe(0);
		expect(await database.reviews.count()).toBe(0);
		session.destroy();
	});
});
