import { describe, expect, it } from 'vitest';
import { cardCounts } from '$lib/domain/stats/card-counts';
import { memoryDistributions } from '$lib/domain/stats/memory';
import { bandThresholds, memoryBand, memoryMap } from '$lib/domain/stats/memory-map';
import type { CardState } from '$lib/domain/scheduling/card';
import { card } from './fixtures';

const cards = new Map<string, CardState>(
	[
		card('review-a', { phase: 'review', stability: 40, difficulty: 5.5 }),
		card('review-b', { phase: 'review', stability: 2, difficulty: 8.2 }),
		card('learning', { phase: 'learning', stability: 0.5, difficulty: 3 }),
		card('relearning', { phase: 'relearning', stability: 1, difficulty: 9.9 }),
		card('suspended', { phase: 'review', stability: 10, suspended: true }),
		card('reset')
	].map((row) => [row.questionId, row])
);
const questionIds = [...cards.keys(), 'never-studied'];
// A fixed recall per card, as the scheduler would give it.
const recall: Record<string, number> = { 'review-a': 0.95, 'review-b': 0.6, learning: 0.8, relearning: 0.75 };
const recallNow = (row: CardState) => recall[row.questionId] ?? 0;

describe('card counts', () => {
	it('counts every question in scope once: unstudied and reset ones as new, suspended apart', () => {
		expect(cardCounts(questionIds, cards)).toEqual({
			new: 2,
			learning: 2,
			review: 2,
			suspended: 1,
			total: questionIds.length
		});
	});
});

describe('memory distributions', () => {
	const active = [...cards.values()].filter((row) => !row.suspended);
	const memory = memoryDistributions(questionIds.length, active, recallNow);
	const studied = Object.keys(recall).length;

	it('bucket the studied cards by stability, difficulty and recall now', () => {
		const total = (buckets: { cards: number }[]) => buckets.reduce((sum, bucket) => sum + bucket.cards, 0);
		expect(memory.studiedCards).toBe(studied);
		expect(total(memory.stabilityDays)).toBe(studied);
		expect(total(memory.difficulty)).toBe(studied);
		expect(total(memory.retrievability)).toBe(studied);
		const bucketOf = (buckets: typeof memory.stabilityDays, value: number) =>
			buckets.find((bucket) => value >= bucket.from && (bucket.to === null || value < bucket.to))!;
		expect(bucketOf(memory.stabilityDays, 40).cards).toBe(1);
		expect(bucketOf(memory.difficulty, 9.9).cards).toBe(1);
		expect(bucketOf(memory.retrievability, 0.95).cards).toBe(1);
	});

	it('averages recall over studied cards, and over the whole article with unstudied ones as zero', () => {
		const sum = Object.values(recall).reduce((a, b) => a + b, 0);
		expect(memory.averageRetrievability).toBeCloseTo(sum / studied);
		expect(memory.articleRecall).toBeCloseTo(sum / questionIds.length);
	});

	it('has no average when nothing is studied', () => {
		expect(memoryDistributions(3, [], recallNow).averageRetrievability).toBeNull();
	});
});

describe('the memory map', () => {
	it('shades each paragraph by the average recall of its studied questions', () => {
		const map = Object.fromEntries(
			memoryMap(
				{
					p1: ['review-a'],
					p2: ['review-b'],
					p3: ['learning', 'relearning', 'never-studied'],
					p4: ['never-studied', 'suspended', 'reset']
				},
				cards,
				recallNow
			).map((row) => [row.paragraphId, row])
		);
		expect(map.p1).toMatchObject({ band: 'strong', studied: 1, questions: 1 });
		expect(map.p2).toMatchObject({ band: 'weak', averageRecall: recall['review-b'] });
		expect(map.p3).toMatchObject({ band: 'fading', studied: 2, questions: 3 });
		expect(map.p4).toMatchObject({ band: 'unstudied', studied: 0, averageRecall: null });
	});

	it('puts the thresholds in the stronger band', () => {
		expect(memoryBand(bandThresholds.strong)).toBe('strong');
		expect(memoryBand(bandThresholds.fading)).toBe('fading');
		expect(memoryBand(bandThresholds.fading - 0.001)).toBe('weak');
		expect(memoryBand(null)).toBe('unstudied');
	});
});
