// Small statistics and formatting helpers for the benchmark's printed tables.

/** The p-th percentile (nearest rank) of a list of numbers; NaN for an empty list. */
export function percentile(values, p) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values) => percentile(values, 50);
export const p95 = (values) => percentile(values, 95);

export const ms = (value) =>
	Number.isFinite(value) ? `${value < 100 ? value.toFixed(1) : Math.round(value)} ms` : '—';
export const kib = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : '—');
export const mb = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/** "p50 x, p95 y (n samples)" for a list of durations. */
export const spread = (values) =>
	values.length === 0
		? 'no samples'
		: `p50 ${ms(median(values))}, p95 ${ms(p95(values))} (n=${values.length})`;

/** A figure row: what was measured, the figure, and the target it is held to (if any) and whether it is met. */
export function row(measure, figure, target = undefined, met = undefined) {
	return { measure, figure, target, met };
}

/** Prints a group's rows as an aligned table. */
export function printRows(title, rows) {
	console.log(`\n## ${title}`);
	const width = Math.min(64, Math.max(...rows.map((r) => r.measure.length)));
	for (const r of rows) {
		const verdict =
			r.target === undefined
				? ''
				: `   target ${r.target}: ${r.met === undefined ? '—' : r.met ? 'met' : 'NOT met'}`;
		console.log(`  ${r.measure.padEnd(width)}  ${r.figure}${verdict}`);
	}
}
