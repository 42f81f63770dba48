import { describe, expect, it } from 'vitest';
import { questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import { ReviewSession } from '$lib/state/review-session.svelte';
import { makeQuestion, deckA } from '../unit/quiz/fixtures';
import { freshDatabase } from './helpers';

const start = Date.parse('2025-09-05T08:00:00Z');

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
});
