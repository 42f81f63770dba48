// The two scales the charts need, with d3-scale's arithmetic (scaleBand, and scaleLinear with nice() and ticks()):
// a few lines here instead of d3-scale and the d3 modules it brings, which every first visit's precache carried.
// tests/unit/stats/scales.test.ts checks them against d3-scale itself.

/** A band scale: the left edge of each label's band, the bands' width and the distance between band starts. */
export type BandScale = ((label: string) => number | undefined) & { bandwidth: number; step: number };

/** d3's scaleBand().domain(labels).range(range).paddingInner(inner).paddingOuter(outer), centred (align 0.5). */
export function bandScale(
	labels: readonly string[],
	[from, to]: [number, number],
	paddingInner: number,
	paddingOuter: number
): BandScale {
	const unique = [...new Set(labels)];
	const count = unique.length;
	const reverse = to < from;
	let start = reverse ? to : from;
	const stop = reverse ? from : to;
	const step = (stop - start) / Math.max(1, count - paddingInner + paddingOuter * 2);
	start += (stop - start - step * (count - paddingInner)) * 0.5;
	const positions = unique.map((_, index) => start + step * index);
	if (reverse) positions.reverse();
	const byLabel = new Map(unique.map((label, index) => [label, positions[index]!]));
	return Object.assign((label: string) => byLabel.get(label), { bandwidth: step * (1 - paddingInner), step });
}

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/** d3-array's tickSpec: the first and last tick as multiples of the increment (negative: a divisor). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
	const step = (stop - start) / Math.max(0, count);
	const power = Math.floor(Math.log10(step));
	const error = step / Math.pow(10, power);
	const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
	let first: number;
	let last: number;
	let increment: number;
	if (power < 0) {
		increment = Math.pow(10, -power) / factor;
		first = Math.round(start * increment);
		last = Math.round(stop * increment);
		if (first / increment < start) ++first;
		if (last / increment > stop) --last;
		increment = -increment;
	} else {
		increment = Math.pow(10, power) * factor;
		first = Math.round(start / increment);
		last = Math.round(stop / increment);
		if (first * increment < start) ++first;
		if (last * increment > stop) --last;
	}
	if (last < first && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
	return [first, last, increment];
}

/** Round ticks between start and stop (start ≤ stop), about `count` of them: d3-array's ticks. */
export function ticks(start: number, stop: number, count: number): number[] {
	if (!(count > 0)) return [];
	if (start === stop) return [start];
	const [first, last, increment] = tickSpec(start, stop, count);
	if (!(last >= first)) return [];
	return Array.from({ length: last - first + 1 }, (_, index) =>
		increment < 0 ? (first + index) / -increment : (first + index) * increment
	);
}

/** A linear scale onto `range` with its ticks. */
export type LinearScale = ((value: number) => number) & { ticks: (count: number) => number[] };

/** d3's scaleLinear().domain([low, high]).nice(niceCount).range(range), for low ≤ high. */
export function linearScale(
	[low, high]: [number, number],
	[from, to]: [number, number],
	niceCount: number
): LinearScale {
	let start = low;
	let stop = high;
	let previous: number | undefined;
	for (let tries = 10; tries > 0; tries--) {
		const step = tickSpec(start, stop, niceCount)[2];
		if (step === previous) break;
		if (step > 0) {
			start = Math.floor(start / step) * step;
			stop = Math.ceil(stop / step) * step;
		} else if (step < 0) {
			start = Math.ceil(start * step) / step;
			stop = Math.floor(stop * step) / step;
		} else break;
		previous = step;
	}
	const span = stop - start;
	const scale = (value: number) =>
		span === 0 ? (from + to) / 2 : from + ((value - start) / span) * (to - from);
	return Object.assign(scale, { ticks: (count: number) => ticks(start, stop, count) });
}
