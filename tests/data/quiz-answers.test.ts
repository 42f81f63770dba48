import { describe, expect, it } from 'vitest';
import { recordQuizAnswer, reviewsOf } from '$lib/data/cards';
import { StorageWriteError } from '$lib/data/errors';
import { deckId, questionId } from '$lib/domain/ids';
import { clockShift } from '$lib/domain/scheduling/clock';
import { replayCard } from '$lib/domain/scheduling/replay';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const shift = clockShift(480, 4);
const q = questionId('q1');
const d = deckId('d');
const scheduler = new Scheduler(defaultReviewSettings);
const review = (rating: 'again' | 'good', nowMs = now) => ({
	questionId: q,
	deckId: d,
	rating,
	nowMs,
	durationMs: 4000,
	clockShiftMinutes: shift,
	scheduler,
	startsNewCards: true
});

describe('recordQuizAnswer', () => {
	it('writes the card and its log entry (origin quiz) together', async () => {
		const database = freshDatabase();
		const { reviewId, outcome } = (await recordQuizAnswer(database, review('good')))!;
		expect(await database.cards.get(q)).toEqual(outcome.card);
		expect(outcome.card.phase).toBe('learning');
		expect(await database.reviews.get(reviewId)).toEqual({
			...outcome.entry,
			id: reviewId,
			origin: 'quiz',
			rating: 3,
			phaseBefore: 'new'
		});
	});

	it('builds on the card as stored, so the log replays to it exactly', async () => {
		const database = freshDatabase();
		await recordQuizAnswer(database, review('good'));
		await recordQuizAnswer(database, review('again', now + 3_600_000));
		const stored = await database.cards.get(q);
		const log = await reviewsOf(database, q);
		expect(log.map((entry) => entry.rating)).toEqual([3, 1]);
		expect(replayCard(scheduler, q, d, log)).toEqual(stored);
	});

	it('writes neither the card nor the log when the log write fails', async () => {
		const database = freshDatabase();
		database.reviews.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(recordQuizAnswer(database, review('again'))).rejects.toBeInstanceOf(StorageWriteError);
		expect(await database.cards.get(q)).toBeUndefined();
		expect(await database.reviews.count()).toBe(0);
	});

	it('leaves a card never studied alone unless quiz answers start new cards', async () => {
		const database = freshDatabase();
		expect(await recordQuizAnswer(database, { ...review('good'), startsNewCards: false })).toBeNull();
		expect(await database.cards.count()).toBe(0);
		expect(await database.reviews.count()).toBe(0);
	});

	it('reviews a card already in study even when quiz answers do not start new cards', async () => {
		const database = freshDatabase();
		await recordQuizAnswer(database, review('good'));
		const later = { ...review('again', now + 3_600_000), startsNewCards: false };
		const recorded = await recordQuizAnswer(database, later);
		expect(recorded?.outcome.card.phase).not.toBe('new');
		expect((await reviewsOf(database, q)).map((entry) => entry.rating)).toEqual([3, 1]);
	});
});
