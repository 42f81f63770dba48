import { languageTags, type Language } from '$lib/domain/language';

// Numbers, durations and dates are worded by Intl, not by the catalogs: the browser knows each language's units
// ("3 min", "3 分鐘"), relative times ("in 3 days", "3 天後") and date order. Intl objects are costly to build, so
// each language's formatters are built once, on first use, and shared.

const secondMs = 1000;
const minuteMs = 60 * secondMs;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;
const monthDays = 30.4;
const yearDays = 365;

export type Formatters = {
	/** A scheduling interval, as a rating button shows it: "45 sec", "10 min", "3 hr", "12 days", "4 mths", "1.5 yrs". */
	interval(milliseconds: number): string;
	/** A time from now, as a sentence needs it: "in 10 minutes", "10 分鐘後". */
	fromNow(milliseconds: number): string;
	/** How long something took or lasts: "45 sec", "2 min 5 sec", "1 hr 3 min". */
	duration(milliseconds: number): string;
	/** A moment, with date and time: "5 Sept 2025, 14:03", "2025年9月5日 下午2:03". */
	dateTime(epochMs: number): string;
	/** Names joined as the language lists them: "A, B, and C", "甲、乙和丙". */
	list(items: readonly string[]): string;
	/** A share as a whole percentage: "94%". */
	percent(share: number): string;
	/** A number of days: "3 days", "3天". */
	days(count: number): string;
};

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** An interval in the largest unit that reads naturally, rounded as a learner needs it (years to a tenth). */
function largestUnit(milliseconds: number): { value: number; unit: Unit } {
	const ms = Math.max(0, milliseconds);
	if (ms < minuteMs) return { value: Math.max(1, Math.round(ms / secondMs)), unit: 'second' };
	if (ms < hourMs) return { value: Math.round(ms / minuteMs), unit: 'minute' };
	if (ms < dayMs) return { value: Math.round(ms / hourMs), unit: 'hour' };
	const days = Math.round(ms / dayMs);
	if (days < 31) return { value: days, unit: 'day' };
	if (days < yearDays) return { value: Math.round(days / monthDays), unit: 'month' };
	return { value: Math.round((days / yearDays) * 10) / 10, unit: 'year' };
}

function createFormatters(language: Language): Formatters {
	const tag = languageTags[language];
	const units = new Map<Unit, Intl.NumberFormat>();
	const unit = (name: Unit) => {
		let format = units.get(name);
		if (!format) {
			format = new Intl.NumberFormat(tag, {
				style: 'unit',
				unit: name,
				unitDisplay: 'short',
				maximumFractionDigits: 1
			});
			units.set(name, format);
		}
		return format;
	};
	// Each formatter is built when first used: building all of them at once was a 77 ms task on the statistics
	// page (bench, loaded machine), for a page that needs two.
	const once = <T>(build: () => T) => {
		let value: T | undefined;
		return () => (value ??= build());
	};
	const relative = once(() => new Intl.RelativeTimeFormat(tag, { numeric: 'always' }));
	const dateTime = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));
	const list = once(() => new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' }));
	const percent = once(() => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }));
	const days = once(
		() =>
			new Intl.NumberFormat(tag, {
				style: 'unit',
				unit: 'day',
				unitDisplay: 'long',
				maximumFractionDigits: 1
			})
	);
	return {
		interval(milliseconds) {
			const { value, unit: name } = largestUnit(milliseconds);
			return unit(name).format(value);
		},
		fromNow(milliseconds) {
			const { value, unit: name } = largestUnit(milliseconds);
			return relative().format(value, name);
		},
		duration(milliseconds) {
			const seconds = Math.round(Math.max(0, milliseconds) / secondMs);
			if (seconds < 60) return unit('second').format(seconds);
			const minutes = Math.floor(seconds / 60);
			if (minutes < 60) {
				const rest = seconds % 60;
				return rest === 0
					? unit('minute').format(minutes)
					: `${unit('minute').format(minutes)} ${unit('second').format(rest)}`;
			}
			const rest = minutes % 60;
			const hours = unit('hour').format(Math.floor(minutes / 60));
			return rest === 0 ? hours : `${hours} ${unit('minute').format(rest)}`;
		},
		dateTime: (epochMs) => dateTime().format(epochMs),
		list: (items) => list().format(items),
		percent: (share) => percent().format(share),
		days: (count) => days().format(count)
	};
}

const created = new Map<Language, Formatters>();

/** The formatters of a language, built on first use. */
export function formatters(language: Language): Formatters {
	let existing = created.get(language);
	if (!existing) {
		existing = createFormatters(language);
		created.set(language, existing);
	}
	return existing;
}

/**
 * Builds the unit formatters once in this JavaScript context. The first unit format of a page loads the browser's
 * unit data, a 20-160 ms task (more on a loaded machine); that data is shared by the whole page, so a worker that
 * calls this at its start spares the main thread the wait (the statistics worker does, before it reads anything).
 */
export function preloadUnitData(language: Language): void {
	formatters(language).duration(61 * secondMs);
}

/**
 * Builds a language's list and duration formatters ahead of need, for a page to call while it waits (idle time):
 * the first Intl format of a page loads the browser's locale data, 40–110 ms at 4× CPU in a fresh page here, which
 * otherwise runs inside the task that paints the page's content.
 */
export function warmFormatters(language: Language): void {
	const format = formatters(language);
	format.list(['', '']);
	format.duration(61 * secondMs);
}
