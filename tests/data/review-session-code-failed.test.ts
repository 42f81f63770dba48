// The grader and the scheduler are fetched after the first card is painted (issue 12). If that fetch fails (offline
// before the code was cached, a deploy that removed it), submitting says so and keeps the answer: no silent failure
// (before, the rejection escaped the click handler and nothing was shown). Here the scheduler's module rejects.
import { describe, expect, it, vi } from 'vitest';
import { ReviewSession } from '$lib/state/review-session.svelte';
import { makeQuestion, deckA } from '../unit/quiz/fixtures';
import { freshDatabase } from './helpers';

vi.mock('$lib/domain/scheduling/scheduler', async () => {
	throw new TypeError('Failed to fetch dynamically imported module: scheduler.js');
});

describe('ReviewSession when the grader cannot be loaded', () => {
	it('says the app could not load that part, keeps the answer on screen, and writes nothing', async () => {
		const database = freshDatabase();
		const question = makeQuestion('a-true-false-1', deckA, 'true-false');
		const session = new ReviewSession(database, {
			questions: [question],
			clock: { now: () => Date.UTC(2026, 0, 5, 9) }
		});
		await session.start();
		session.response = { kind: 'true-false', answer: true };
		await session.submit();
		expect(session.notice).toBe('code-failed');
		expect(session.status).toBe('asking');
		expect(session.response).toEqual({ kind: 'true-false', answer: true });
		expect(await database.reviews.count()).toBe(0);
		session.destroy();
	});
});
