import { fnv1a32 } from './encoding/hash';

// Only 32-bit integer operations (Math.imul, >>>) are used, so every JS engine produces the same sequence:
// a shuffle stored on a phone replays identically on a laptop and after an app update.

/** Joins several parts into one seed; ('ab', 'c') and ('a', 'bc') give different seeds. */
export function seedFrom(...parts: string[]): string {
	return JSON.stringify(parts);
}

/** The 32-bit seed of a string: FNV-1a over its UTF-16 code units, then a MurmurHash3 finalizer to spread bits. */
export function hashSeed(seed: string): number {
	let hash = fnv1a32(seed);
	hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
	return (hash ^ (hash >>> 16)) >>> 0;
}

/** A mulberry32 generator seeded from a string: each call returns the next number in [0, 1). */
export function seededRandom(seed: string): () => number {
	let state = hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy of the items (Fisher–Yates), the same for the same seed everywhere; the input is untouched. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
	const result = [...items];
	const random = seededRandom(seed);
	for (let index = result.length - 1; index > 0; index--) {
		// random() is k / 2^32 and index + 1 is small, so the product is exact and floor is engine-independent.
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other]!, result[index]!];
	}
	return result;
}

/** The indices 0 … count − 1 in seeded order, never left in stored order when there are two or more. */
export function shuffledIndices(count: number, seed: string): number[] {
	const indices = Array.from({ length: count }, (_, index) => index);
	const shuffled = shuffle(indices, seed);
	// Authors often list the correct option first and ordering items are stored solved: never show that order.
	if (count >= 2 && shuffled.every((value, index) => value === index)) return [...indices.slice(1), 0];
	return shuffled;
}
