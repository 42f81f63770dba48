// The forms a reader types numbers, sums of money, dates and decades in, reduced to values that compare
// regardless of form: 2.4萬 = 24,000; US$13 billion = 130億美元; 31 Aug = Aug 31 = 8月31日; the 1990s = 1990年代.
// Every parser takes text that has already been through NFKC and lower-casing, and returns null for anything
// that is not clearly its kind, so a grader can try each in turn.

const multipliers: Record<string, number> = {
	百: 2,
	千: 3,
	萬: 4,
	万: 4,
	億: 8,
	亿: 8,
	k: 3,
	thousand: 3,
	m: 6,
	mn: 6,
	million: 6,
	b: 9,
	bn: 9,
	billion: 9
};
const numberPattern =
	/^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(百|千|萬|万|億|亿|k|thousand|mn|m|million|bn|b|billion)?%?$/;

/**
 * The value of a number as a reader writes it: digits with optional thousands commas or spaces, a decimal part
 * and a multiplier (2.4萬, 24,000, 24 000, 130億, 1.1 million, 13bn), full-width digits allowed; null if not one.
 */
export function parseNumber(text: string): number | null {
	const compact = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
	const match = numberPattern.exec(compact);
	if (!match) return null;
	const whole = match[1]!.replaceAll(',', '');
	const fraction = match[2] ?? '';
	const exponent = match[3] ? multipliers[match[3]]! : 0;
	// Shifting the decimal point in the string keeps 1.1萬 exactly 11000 (1.1 × 10000 is not, in binary).
	return Number(`${whole}${fraction}e${exponent - fraction.length}`);
}

// US dollars are the only currency the article names; a sum written with or without its unit compares by value.
const currencyBefore = /^(?:us\s*\$|usd|\$|us)\s*/;
const currencyAfter = /\s*(?:美元|美金|us\s*dollars?|dollars?|usd)$/;

/** A number, or a sum of US dollars in any common form (US$13 billion, $13bn, 130億美元); null otherwise. */
export function parseAmount(text: string): number | null {
	const trimmed = text.trim();
	const bare = trimmed.replace(currencyBefore, '').replace(currencyAfter, '');
	if (bare === '') return null;
	return parseNumber(bare);
}

/** A calendar date as precise as the reader wrote it: a year, a month, a day, or any run of them. */
export type DateValue = { year?: number; month?: number; day?: number };

const monthNumbers: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};
const monthName = `(${Object.keys(monthNumbers).join('|')})`;
const englishDates: [RegExp, (match: RegExpExecArray) => DateValue][] = [
	// 31 aug, 31 august 2025
	[new RegExp(`^(\\d{1,2}) ${monthName}(?: (\\d{4}))?$`), (m) => date(m[3], m[2], m[1])],
	// aug 31, august 31 2025
	[new RegExp(`^${monthName} (\\d{1,2})(?: (\\d{4}))?$`), (m) => date(m[3], m[1], m[2])],
	// oct 2025, october
	[new RegExp(`^${monthName}(?: (\\d{4}))?$`), (m) => date(m[2], m[1], undefined)]
];

const chineseDigits: Record<string, number> = {
	〇: 0,
	零: 0,
	一: 1,
	二: 2,
	兩: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};

/** 1 to 99 in digits or Chinese numerals (八, 十一, 三十一); NaN otherwise. */
function smallNumber(text: string): number {
	if (/^\d{1,2}$/.test(text)) return Number(text);
	const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
	if (!match || text === '') return Number.NaN;
	const [, tens, ten, units] = match;
	if (!ten) return tens && !units ? chineseDigits[tens]! : Number.NaN;
	return (tens ? chineseDigits[tens]! : 1) * 10 + (units ? chineseDigits[units]! : 0);
}

function date(year: string | undefined, month: string | undefined, day: string | undefined): DateValue {
	const value: DateValue = {};
	if (year !== undefined) value.year = Number(year);
	if (month !== undefined) value.month = monthNumbers[month] ?? smallNumber(month);
	if (day !== undefined) value.day = smallNumber(day);
	return value;
}

function plausible(value: DateValue): DateValue | null {
	const { year, month, day } = value;
	if (year === undefined && month === undefined) return null;
	if (day !== undefined && month === undefined) return null;
	if (year !== undefined && !(year >= 1000 && year <= 2999)) return null;
	if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) return null;
	if (day !== undefined && !(Number.isInteger(day) && day >= 1 && day <= 31)) return null;
	return value;
}

/** Day and month from two numbers whose order is unknown (8/31, 31/8); null when both could be months. */
function dayAndMonth(first: number, second: number): { month: number; day: number } | null {
	if (first === second || (first <= 12 && second > 12)) return { month: first, day: second };
	if (second <= 12 && first > 12) return { month: second, day: first };
	return null;
}

/**
 * A date in any common form: 2025-08-31, 2025/8/31, 2025年8月31日, 8月31日, 八月三十一日, 31 Aug, Aug 31,
 * August 31st, 2025, Nov 28 2024, Oct 2025, 31/8 or 8/31 (when the day is over 12), a bare year 2012 or 2012年.
 */
export function parseDate(text: string): DateValue | null {
	const compact = text.trim().replace(/\s+/g, '');
	const chinese =
		/^(?:(\d{4})年)?(?:([\d一二三四五六七八九十]{1,3})月(?:份)?)?(?:([\d一二三四五六七八九十]{1,3})[日號号])?$/.exec(
			compact
		);
	if (chinese && (chinese[1] || chinese[2])) return plausible(date(chinese[1], chinese[2], chinese[3]));
	if (/^\d{4}$/.test(compact)) return plausible({ year: Number(compact) });
	const numeric = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(compact);
	if (numeric) return plausible(date(numeric[1], numeric[2], numeric[3]));
	const dayFirstOrMonthFirst = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/.exec(compact);
	if (dayFirstOrMonthFirst) {
		const parts = dayAndMonth(Number(dayFirstOrMonthFirst[1]), Number(dayFirstOrMonthFirst[2]));
		if (!parts) return null;
		const year = dayFirstOrMonthFirst[3];
		return plausible({ ...(year ? { year: Number(year) } : {}), ...parts });
	}
	const words = text
		.replace(/[,.]/g, ' ')
		.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
		.replace(/\b(?:the|of|on|in)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	for (const [pattern, read] of englishDates) {
		const match = pattern.exec(words);
		if (match) return plausible(read(match));
	}
	return null;
}

export const sameDate = (a: DateValue, b: DateValue) =>
	a.year === b.year && a.month === b.month && a.day === b.day;

/** A decade: its year within the century (90 for the 1990s) and the century when the reader gave it (19). */
export type DecadeValue = { yearInCentury: number; century?: number };

const decadeWords: Record<string, number> = {
	twenties: 20,
	thirties: 30,
	forties: 40,
	fifties: 50,
	sixties: 60,
	seventies: 70,
	eighties: 80,
	nineties: 90
};

function decadeFromYear(digits: string): DecadeValue | null {
	const value = Number(digits);
	if (value % 10 !== 0) return null;
	if (digits.length === 2) return { yearInCentury: value };
	return { yearInCentury: value % 100, century: Math.floor(value / 100) };
}

/** A decade in any common form: 1990年代, 90年代, 九十年代, 九〇年代, the 1990s, 1990's, '90s, nineties. */
export function parseDecade(text: string): DecadeValue | null {
	const compact = text
		.trim()
		.replace(/[\s’']/g, '')
		.replace(/^the/, '');
	const digits = /^(\d{4}|\d{2})(?:s|年代)$/.exec(compact);
	if (digits) return decadeFromYear(digits[1]!);
	const chinese = /^([一二三四五六七八九])[十〇零]年代$/.exec(compact);
	if (chinese) return { yearInCentury: chineseDigits[chinese[1]!]! * 10 };
	const word = decadeWords[compact];
	return word === undefined ? null : { yearInCentury: word };
}

/** Two decades are the same when their years agree and their centuries do not disagree (90s = 1990s). */
export const sameDecade = (a: DecadeValue, b: DecadeValue) =>
	a.yearInCentury === b.yearInCentury &&
	(a.century === undefined || b.century === undefined || a.century === b.century);
