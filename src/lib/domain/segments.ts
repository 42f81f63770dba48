/** A range of a text that carries a key (for example the question whose source it is). */
export type KeyedRange<K> = { start: number; end: number; key: K };

/** A piece of text and the keys of every range that covers it. */
export type Segment<K> = { text: string; start: number; keys: K[] };

/** Cuts a text at every range boundary, so overlapping quotes can each be highlighted on their own. */
export function segmentText<K>(text: string, ranges: KeyedRange<K>[]): Segment<K>[] {
	const cuts = new Set([0, text.length]);
	for (const range of ranges) {
		cuts.add(Math.max(0, Math.min(text.length, range.start)));
		cuts.add(Math.max(0, Math.min(text.length, range.end)));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment<K>[] = [];
	for (let index = 0; index < points.length - 1; index++) {
		const start = points[index]!;
		const end = points[index + 1]!;
		const keys = ranges.filter((range) => range.start <= start && range.end >= end).map((range) => range.key);
		segments.push({ text: text.slice(start, end), start, keys });
	}
	return segments;
}
