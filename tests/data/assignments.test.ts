import { describe, expect, it } from 'vitest';
import { assignedAmong, assignQuestions } from '$lib/data/assignments';
import { loadStudyState, recordReview } from '$lib/data/cards';
import { StorageWriteError } from '$lib/data/errors';
import { loadQueue } from '$lib/data/queue';
import { saveReviewSetting } from '$lib/data/settings';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const d = deckId('d');
const ids = (...numbers: number[]) => numbers.map((n) => questionId(`q${n}`));
const inScope = (count: number) =>
	Array.from({ length: count }, (_, index) => ({ questionId: questionId(`q${index + 1}`), deckId: d }));

describe('assignQuestions', () => {
	it('stores each question once, in the order given, with the link it came from', async () => {
		const database = freshDatabase();
		const outcome = await assignQuestions(database, ids(5, 2, 5, 9), 'TOKEN', now);
		expect(outcome).toEqual({ added: ids(5, 2, 9), alreadyAssigned: [] });
		expect(await database.assignments.get(questionId('q2'))).toEqual({
			questionId: 'q2',
			assignedAtMs: now,
			position: 1,
			quizToken: 'TOKEN'
		});
		expect(await assignedAmong(database, ids(1, 2, 5, 9))).toEqual(ids(5, 2, 9));
	});

	it('is harmless the second time: earlier assignments keep their time and order', async () => {
		const database = freshDatabase();
		await assignQuestions(database, ids(3, 1), 'FIRST', now);
		const again = await assignQuestions(database, ids(1, 4, 3), 'SECOND', now + 60_000);
		expect(again).toEqual({ added: ids(4), alreadyAssigned: ids(1, 3) });
		expect(await database.assignments.count()).toBe(3);
		expect((await database.assignments.get(questionId('q1')))?.quizToken).toBe('FIRST');
		expect(await assignedAmong(database, ids(1, 2, 3, 4))).toEqual(ids(3, 1, 4));
	});

	it('writes nothing when one row cannot be written', async () => {
		const database = freshDatabase();
		let rows = 0;
		database.assignments.hook('creating', () => {
			if (++rows === 2) throw new Error('QuotaExceededError');
		});
		await expect(assignQuestions(database, ids(1, 2, 3), 'T', now)).rejects.toBeInstanceOf(StorageWriteError);
		expect(await database.assignments.count()).toBe(0);
	});
});

describe('assigned questions in the review queue', () => {
	it('are read with the study state, only within the scope', async () => {
		const database = freshDatabase();
		await assignQuestions(database, ids(8, 2, 40), 'T', now);
		const state = await loadStudyState(database, ids(1, 2, 3, 8), now - 1000);
		expect(state.assignedQuestionIds).toEqual(ids(8, 2));
	});

	it('come first and beyond the daily new-card limit; once studied they follow their schedule', async () => {
		const database = freshDatabase();
		await saveReviewSetting(database, 'newCardsPerDay', 2);
		await assignQuestions(database, ids(6, 4, 5), 'T', now);
		const before = await loadQueue(database, inScope(10), now, 0);
		expect(before.queue.fresh.map((q) => q.questionId)).toEqual(ids(6, 4, 5, 1, 2));

		const outcome = new Scheduler(defaultReviewSettings).preview(newCard(questionId('q6'), d, now), {
			nowMs: now,
			clockShiftMinutes: 0,
			durationMs: 1000,
			origin: 'review'
		}).easy;
		await recordReview(database, undefined, outcome);
		const after = await loadQueue(database, inScope(10), now + 1000, 0);
		// q6 is now a review card due in days; the learner's own new cards share what is left of the limit.
		expect(after.queue.fresh.map((q) => q.questionId)).toEqual(ids(4, 5, 1));
	});
});
