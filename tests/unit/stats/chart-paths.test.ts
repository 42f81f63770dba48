import { describe, expect, it } from 'vitest';
import {
	heatmapColumns,
	heatmapLayout,
	shadeOf,
	stackedBarPaths,
	stackedMaximum
} from '../../../src/routes/[[lang=lang]]/stats/chart-paths';

/** The rectangles of a path, as [x, y, width, height]. */
const rects = (path: string | undefined) =>
	[...(path ?? '').matchAll(/M([\d.-]+),([\d.-]+)h([\d.-]+)v([\d.-]+)/g)].map((match) =>
		match.slice(1).map(Number)
	);

describe('bar charts as one path per series', () => {
	const rows = [
		{ label: 'a', values: { learning: 2, review: 3 } },
		{ label: 'b', values: { learning: 0, review: 1 } }
	];
	const x = (label: string) => ({ a: 0, b: 10 })[label];
	// 10 px per unit, 100 px high.
	const y = (value: number) => 100 - value * 10;

	it('stacks each row’s values from the baseline up, in series order', () => {
		const paths = stackedBarPaths(rows, ['learning', 'review'], x, 8, y);
		expect(rects(paths.get('learning'))).toEqual([[0, 80, 8, 20]]);
		expect(rects(paths.get('review'))).toEqual([
			[0, 50, 8, 30],
			[10, 90, 8, 10]
		]);
	});

	it('draws one rectangle per non-zero value, and nothing for an empty series', () => {
		const paths = stackedBarPaths(rows, ['learning', 'review', 'relearning'], x, 8, y);
		const total = rows.flatMap((row) => Object.values(row.values)).filter((value) => value > 0).length;
		expect([...paths.values()].flatMap(rects)).toHaveLength(total);
		expect(paths.get('relearning')).toBe('');
	});

	it('takes the highest stack as the top of the axis', () => {
		expect(stackedMaximum(rows)).toBe(5);
		expect(stackedMaximum([])).toBe(0);
	});
});

describe('the heatmap as one path per shade', () => {
	// Study day 20,100 is Sunday 2025-01-12 (days since 1970-01-01, a Thursday).
	const sunday = 20_100;

	it('puts Sundays on the top row and starts a column each week', () => {
		const days = Array.from({ length: 8 }, (_, index) => ({ day: sunday + index, reviews: index }));
		const layout = heatmapLayout(days, 10, 2);
		expect(layout.columns).toBe(2);
		const cells = layout.shades.flatMap(rects);
		expect(cells).toHaveLength(days.length);
		expect(cells).toContainEqual([0, 0, 8, 8]);
		// The eighth day is the next Sunday: second column, top row.
		expect(rects(layout.shades[4])).toContainEqual([10, 0, 8, 8]);
	});

	it('shades no reviews as 0 and splits the rest in four up to the busiest day', () => {
		expect([0, 1, 25, 26, 50, 75, 76, 100].map((reviews) => shadeOf(reviews, 100))).toEqual([
			0, 1, 1, 2, 2, 3, 4, 4
		]);
		expect(shadeOf(1, 0)).toBe(4);
	});

	it('labels each month at the week of its first day', () => {
		// 2025-01-25 (Saturday) to 2025-02-08.
		const start = 20_113;
		const days = Array.from({ length: 15 }, (_, index) => ({ day: start + index, reviews: 0 }));
		expect(heatmapLayout(days, 10, 2).months).toEqual([{ column: 1, month: 2 }]);
	});

	it('draws nothing for no days', () => {
		expect(heatmapLayout([], 10, 2)).toMatchObject({ columns: 0, months: [] });
		expect(heatmapColumns([])).toBe(0);
	});

	it('counts the columns without drawing, as the drawing does, whichever weekday the range starts on', () => {
		for (let start = sunday; start < sunday + 7; start++)
			for (const length of [1, 6, 7, 8, 365]) {
				const days = Array.from({ length }, (_, index) => ({ day: start + index, reviews: 1 }));
				expect(heatmapColumns(days)).toBe(heatmapLayout(days, 10, 2).columns);
			}
	});

	it('labels a year of months, each at its first day’s week, across a new year', () => {
		// 2024-12-01 to 2025-11-30: every month starts inside the range.
		const start = 20_058;
		const days = Array.from({ length: 365 }, (_, index) => ({ day: start + index, reviews: 0 }));
		const months = heatmapLayout(days, 10, 2).months;
		expect(months.map((label) => label.month)).toEqual([12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(months[1]).toEqual({ column: Math.floor((20_089 - start) / 7), month: 1 });
	});
});
