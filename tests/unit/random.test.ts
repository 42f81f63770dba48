import { describe, expect, it } from 'vitest';
import { hashSeed, seedFrom, seededRandom, shuffle, shuffledIndices } from '$lib/domain/random';

const six = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('seeded shuffling', () => {
	it('gives the same order for the same seed', () => {
		expect(shuffle(six, 'session-1/q-1')).toEqual(shuffle(six, 'session-1/q-1'));
	});

	it('gives different orders for different seeds', () => {
		const orders = new Set(['s1', 's2', 's3', 's4', 's5'].map((seed) => shuffle(six, seed).join('')));
		expect(orders.size).toBeGreaterThan(1);
		expect(shuffle(six, 'alpha')).not.toEqual(shuffle(six, 'beta'));
	});

	it('keeps every item exactly once and leaves the input untouched', () => {
		const input = [...six];
		const shuffled = shuffle(input, 'x');
		expect([...shuffled].sort()).toEqual(six);
		expect(input).toEqual(six);
		expect(shuffle([], 'x')).toEqual([]);
		expect(shuffle(['only'], 'x')).toEqual(['only']);
	});

	it('is pinned: a stored seed replays the same order after an update or on another device', () => {
		// If this fails, the generator changed and every learner's saved shuffles would silently change too.
		expect(hashSeed('pinned')).toBe(1768089470);
		expect(seededRandom('pinned')()).toBe(0.7702814163640141);
		expect(shuffle(six, 'alpha').join('')).toBe('bdcfae');
		expect(shuffle(six, 'session-1/q-1').join('')).toBe('fceadb');
	});

	it('never leaves indices in stored order', () => {
		for (let seed = 0; seed < 200; seed++) {
			for (const count of [2, 3, 4]) {
				const order = shuffledIndices(count, `seed-${seed}`);
				expect([...order].sort()).toEqual(Array.from({ length: count }, (_, index) => index));
				expect(order.every((value, index) => value === index)).toBe(false);
			}
		}
		expect(shuffledIndices(1, 'x')).toEqual([0]);
		expect(shuffledIndices(0, 'x')).toEqual([]);
	});

	it('keeps the parts of a compound seed apart', () => {
		expect(seedFrom('ab', 'c')).not.toBe(seedFrom('a', 'bc'));
		expect(seedFrom('session', 'question')).toBe(seedFrom('session', 'question'));
	});
});
