// The marks of the statistics charts as a few SVG paths: one path per series (every bar of that colour) and one
// per heatmap shade (every day of that shade). A year of bars as one component each took the main thread 100 to
// 450 ms to draw; a handful of paths takes a few milliseconds, so no chart holds the page for long.
import { dayMs } from '$lib/domain/scheduling/clock';

/** One bar: its place on the band axis and its values, stacked in series order. */
export type BarRow = { label: string; values: Record<string, number> };

const round = (value: number) => Math.round(value * 100) / 100;
const rect = (x: number, y: number, width: number, height: number) =>
	`M${round(x)},${round(y)}h${round(width)}v${round(height)}h${round(-width)}Z`;

/**
 * The path of each series' bar segments, stacked from the baseline up in the order of `seriesKeys`.
 * `x` gives a row's left edge and `bandwidth` its width; `y` maps a value to its height on screen (0 at the bottom).
 */
export function stackedBarPaths(
	rows: readonly BarRow[],
	seriesKeys: readonly string[],
	x: (label: string) => number | undefined,
	bandwidth: number,
	y: (value: number) => number
): Map<string, string> {
	const paths = new Map(seriesKeys.map((key) => [key, [] as string[]]));
	for (const row of rows) {
		const left = x(row.label);
		if (left === undefined) continue;
		let base = 0;
		for (const key of seriesKeys) {
			const value = row.values[key] ?? 0;
			if (value <= 0) continue;
			const bottom = y(base);
			const top = y(base + value);
			paths.get(key)!.push(rect(left, top, bandwidth, bottom - top));
			base += value;
		}
	}
	return new Map([...paths].map(([key, parts]) => [key, parts.join('')]));
}

/** The highest stack of any row: the top of the value axis. */
export const stackedMaximum = (rows: readonly BarRow[]) =>
	Math.max(0, ...rows.map((row) => Object.values(row.values).reduce((sum, value) => sum + value, 0)));

export type HeatmapDay = { day: number; reviews: number };

/** The heatmap's layout: one column per week (Sunday on top), shade 0 for no reviews and 1–4 above. */
export type HeatmapLayout = {
	columns: number;
	/** The path of the cells of each shade, 0 to 4, for cells `cellSize` apart with a `gap` between them. */
	shades: string[];
	/** A label at the column where each month's first day falls (months that start inside the range). */
	months: { column: number; month: number }[];
};

/** Four shades above zero, split evenly up to the busiest day, as GitHub's and Anki's heatmaps do. */
export function shadeOf(reviews: number, busiest: number): number {
	if (reviews <= 0) return 0;
	const share = reviews / Math.max(1, busiest);
	return share <= 0.25 ? 1 : share <= 0.5 ? 2 : share <= 0.75 ? 3 : 4;
}

/** Study day numbers count days since 1970-01-01, a Thursday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

/** The heatmap's number of columns (weeks), without drawing it: the same as `heatmapLayout(days, …).columns`. */
export function heatmapColumns(days: readonly HeatmapDay[]): number {
	if (days.length === 0) return 0;
	const first = days[0]!.day - weekday(days[0]!.day);
	return Math.floor((days[days.length - 1]!.day - first) / 7) + 1;
}

export function heatmapLayout(days: readonly HeatmapDay[], cellSize: number, gap: number): HeatmapLayout {
	const shades: string[][] = [[], [], [], [], []];
	const months: HeatmapLayout['months'] = [];
	if (days.length === 0) return { columns: 0, shades: shades.map(() => ''), months };
	const busiest = Math.max(...days.map((day) => day.reviews));
	const first = days[0]!.day - weekday(days[0]!.day);
	let columns = 0;
	for (const { day, reviews } of days) {
		const column = Math.floor((day - first) / 7);
		const row = weekday(day);
		columns = column + 1;
		shades[shadeOf(reviews, busiest)]!.push(
			rect(column * cellSize, row * cellSize, cellSize - gap, cellSize - gap)
		);
		// A study day's number is its UTC date's day count (studyDayIsoDate), without building its ISO string.
		const date = new Date(day * dayMs);
		if (date.getUTCDate() === 1) months.push({ column, month: date.getUTCMonth() + 1 });
	}
	return { columns, shades: shades.map((parts) => parts.join('')), months };
}
