import { describe, expect, it, vi } from 'vitest';
import { formatters } from '$lib/i18n/format';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const en = formatters('en');
const zh = formatters('zh');

describe('formatters', () => {
	it('are built once per language', () => {
		expect(formatters('en')).toBe(en);
		expect(formatters('zh')).toBe(zh);
	});

	it('word intervals in the largest unit that reads naturally, in each language', () => {
		expect(en.interval(30_000)).toBe('30 sec');
		expect(en.interval(10 * minute)).toBe('10 min');
		expect(en.interval(3 * hour)).toBe('3 hr');
		expect(en.interval(1 * day)).toBe('1 day');
		expect(en.interval(12 * day)).toBe('12 days');
		expect(en.interval(61 * day)).toBe('2 mths');
		expect(en.interval(548 * day)).toBe('1.5 yrs');
		expect(zh.interval(10 * minute)).toBe('10 分鐘');
		expect(zh.interval(12 * day)).toBe('12 天');
		expect(zh.interval(61 * day)).toBe('2 個月');
	});

	it('never shows a zero or negative interval', () => {
		expect(en.interval(0)).toBe('1 sec');
		expect(en.interval(-5 * minute)).toBe('1 sec');
	});

	it('word a time from now as a sentence needs it', () => {
		expect(en.fromNow(10 * minute)).toBe('in 10 minutes');
		expect(zh.fromNow(10 * minute)).toBe('10 分鐘後');
		expect(en.fromNow(3 * day)).toBe('in 3 days');
	});

	it('word durations with their parts', () => {
		expect(en.duration(45_000)).toBe('45 sec');
		expect(en.duration(2 * minute + 5_000)).toBe('2 min 5 sec');
		expect(en.duration(20 * minute)).toBe('20 min');
		expect(en.duration(hour + 3 * minute)).toBe('1 hr 3 min');
		expect(zh.duration(2 * minute + 5_000)).toBe('2 分鐘 5 秒');
	});

	it('join names as each language lists them', () => {
		expect(en.list(['A', 'B', 'C'])).toBe('A, B, and C');
		expect(zh.list(['甲', '乙', '丙'])).toBe('甲、乙和丙');
	});

	it('write dates in each language’s order', () => {
		const moment = Date.UTC(2025, 8, 5, 6, 3);
		expect(en.dateTime(moment)).toMatch(/2025/);
		expect(zh.dateTime(moment)).toMatch(/2025年9月5日/);
	});
});

describe('preloadUnitData', () => {
	it('builds the unit formatters up front, so a later duration builds none on the thread that shows it', async () => {
		// A fresh copy of the module: the tests above have already built this one's formatters.
		vi.resetModules();
		const fresh = await import('$lib/i18n/format');
		fresh.preloadUnitData('zh');
		const Original = Intl.NumberFormat;
		let built = 0;
		const counting = vi.spyOn(Intl, 'NumberFormat').mockImplementation(((
			...args: ConstructorParameters<typeof Original>
		) => {
			built++;
			return new Original(...args);
		}) as unknown as typeof Intl.NumberFormat);
		try {
			expect(fresh.formatters('zh').duration(125_000)).toMatch(/2.*5/);
			expect(built).toBe(0);
		} finally {
			counting.mockRestore();
		}
	});
});
