import { describe, expect, it } from 'vitest';
import { clockShift, startOfStudyDayMs, studyDayNumber } from '$lib/domain/scheduling/clock';

const utc = (iso: string) => Date.parse(iso);

describe('the study day', () => {
	it('starts at 4 AM local time in Taipei (UTC+8)', () => {
		const shift = clockShift(480, 4);
		// 03:59 local on 10 March is still the study day of 9 March; 04:00 starts 10 March.
		const before = utc('2025-03-09T19:59:00Z');
		const after = utc('2025-03-09T20:00:00Z');
		expect(studyDayNumber(after, shift) - studyDayNumber(before, shift)).toBe(1);
		expect(startOfStudyDayMs(after, shift)).toBe(after);
		expect(startOfStudyDayMs(before, shift)).toBe(utc('2025-03-08T20:00:00Z'));
	});

	it('starts at 4 AM local time west of UTC (New York, UTC-5)', () => {
		const shift = clockShift(-300, 4);
		expect(startOfStudyDayMs(utc('2025-01-15T10:00:00Z'), shift)).toBe(utc('2025-01-15T09:00:00Z'));
		expect(startOfStudyDayMs(utc('2025-01-15T08:59:00Z'), shift)).toBe(utc('2025-01-14T09:00:00Z'));
	});

	it('follows a custom start hour, including midnight', () => {
		expect(startOfStudyDayMs(utc('2025-01-15T00:30:00Z'), clockShift(0, 0))).toBe(
			utc('2025-01-15T00:00:00Z')
		);
		expect(startOfStudyDayMs(utc('2025-01-15T05:30:00Z'), clockShift(0, 6))).toBe(
			utc('2025-01-14T06:00:00Z')
		);
	});

	it('handles offsets with half hours (India, UTC+5:30)', () => {
		const shift = clockShift(330, 4);
		expect(startOfStudyDayMs(utc('2025-01-15T00:00:00Z'), shift)).toBe(utc('2025-01-14T22:30:00Z'));
	});
});
