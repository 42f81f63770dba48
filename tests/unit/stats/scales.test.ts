import { scaleBand, scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from '../../../src/routes/[[lang=lang]]/stats/scales';

// The charts' scales must place bars and ticks exactly where d3-scale, which they replace, placed them.
describe('the charts’ scales match d3-scale', () => {
	const maxima = [1, 2, 3, 4, 5, 7, 9, 10, 11, 17, 23, 49, 50, 51, 99, 101, 137, 999, 1234, 9999, 12345];

	it('linear, niced to 4 ticks: the same positions and integer ticks', () => {
		for (const maximum of maxima) {
			const ours = linearScale([0, maximum], [180, 8], 4);
			const theirs = scaleLinear().domain([0, maximum]).nice(4).range([180, 8]);
			expect(ours.ticks(4), `max ${maximum}`).toEqual(theirs.ticks(4));
			for (const value of [0, maximum / 3, maximum, ...theirs.ticks(4)])
				expect(ours(value), `max ${maximum}, value ${value}`).toBeCloseTo(theirs(value), 9);
		}
	});

	it('band: the same band starts, width and step, for any number of labels and widths', () => {
		for (const count of [1, 2, 7, 30, 365]) {
			const labels = Array.from({ length: count }, (_, index) => `d${index}`);
			for (const width of [40, 300, 1200]) {
				const ours = bandScale(labels, [40, width], 0.2, 0.1);
				const theirs = scaleBand<string>()
					.domain(labels)
					.range([40, width])
					.paddingInner(0.2)
					.paddingOuter(0.1);
				expect(ours.bandwidth).toBeCloseTo(theirs.bandwidth(), 9);
				expect(ours.step).toBeCloseTo(theirs.step(), 9);
				for (const label of labels) expect(ours(label)).toBeCloseTo(theirs(label)!, 9);
				expect(ours('none')).toBeUndefined();
			}
		}
	});
});
