import { describe, expect, it } from 'vitest';
import { deckProgress, masteredStabilityDays, progressPhase } from '$lib/domain/stats/deck-progress';
import { matureIntervalDays } from '$lib/domain/stats/elapsed';
import { card } from './fixtures';

describe('the progress phase of a card', () => {
	it('is new for a question never studied and for a card in the new phase', () => {
		expect(progressPhase(undefined)).toBe('new');
		expect(progressPhase(card('q1'))).toBe('new');
	});

	it('is learning in the learning and relearning steps, whatever the stability', () => {
		expect(progressPhase(card('q1', { phase: 'learning', stability: 0.5 }))).toBe('learning');
		expect(progressPhase(card('q1', { phase: 'relearning', stability: 40 }))).toBe('learning');
	});

	it('is mastered in review from exactly the threshold, learning just below it', () => {
		expect(masteredStabilityDays).toBe(matureIntervalDays);
		const review = (stability: number) => card('q1', { phase: 'review', stability });
		expect(progressPhase(review(masteredStabilityDays))).toBe('mastered');
		expect(progressPhase(review(masteredStabilityDays + 100))).toBe('mastered');
		expect(progressPhase(review(masteredStabilityDays - 0.01))).toBe('learning');
		expect(progressPhase(review(3))).toBe('learning');
	});

	it('keeps a suspended or buried card in the phase of its memory', () => {
		expect(progressPhase(card('q1', { phase: 'review', stability: 30, suspended: true }))).toBe('mastered');
		expect(progressPhase(card('q1', { phase: 'learning', stability: 1, buriedUntilMs: 1 }))).toBe('learning');
		expect(progressPhase(card('q1', { suspended: true }))).toBe('new');
	});
});

describe('a deck’s progress', () => {
	it('counts every question in scope once, the parts adding up to the total', () => {
		const cards = new Map(
			[
				card('learning', { phase: 'learning', stability: 1 }),
				card('young', { phase: 'review', stability: 20.9 }),
				card('mature', { phase: 'review', stability: 21 }),
				card('suspended', { phase: 'review', stability: 50, suspended: true }),
				card('reset', { phase: 'new' }),
				card('other-deck', { phase: 'review', stability: 99 })
			].map((c) => [c.questionId as string, c])
		);
		const ids = ['learning', 'young', 'mature', 'suspended', 'reset', 'never', 'never'];
		expect(deckProgress(ids, cards)).toEqual({ new: 2, learning: 2, mastered: 2, total: 6 });
	});

	it('is all zeros for an empty scope', () => {
		expect(deckProgress([], new Map())).toEqual({ new: 0, learning: 0, mastered: 0, total: 0 });
	});
});
