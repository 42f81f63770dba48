import { describe, expect, it } from 'vitest';
import {
	countdownSeconds,
	formatCountdown,
	msUntilNextTick,
	oneMinuteWarningDue,
	quizDeadlineMs,
	remainingMs
} from '$lib/domain/quiz/time-limit';

const startedAtMs = Date.parse('2025-09-05T08:00:00Z');

/** Steps a fixed clock through a countdown the way the timer component does, recording what it shows. */
function runCountdown(limitSeconds: number, fromMs: number) {
	const deadline = quizDeadlineMs(startedAtMs, limitSeconds)!;
	let now = fromMs;
	let previous: number | null = null;
	const warnings: number[] = [];
	const shown: string[] = [];
	for (;;) {
		const left = remainingMs(deadline, now);
		if (oneMinuteWarningDue(previous, left)) warnings.push(left);
		shown.push(formatCountdown(countdownSeconds(left)));
		if (left === 0) return { warnings, shown, endedAtMs: now };
		now += msUntilNextTick(left);
		previous = left;
	}
}

describe('time limit', () => {
	it('has a deadline only when the quiz has a limit', () => {
		expect(quizDeadlineMs(startedAtMs, null)).toBeNull();
		expect(quizDeadlineMs(startedAtMs, 90)).toBe(startedAtMs + 90_000);
	});

	it('counts down to 0:00 exactly at the deadline, never below', () => {
		const deadline = startedAtMs + 90_000;
		expect(remainingMs(deadline, startedAtMs)).toBe(90_000);
		expect(remainingMs(deadline, deadline + 5000)).toBe(0);
		expect(formatCountdown(countdownSeconds(90_000))).toBe('1:30');
		// 400 ms left still reads 0:01: the quiz is not over until the clock says 0:00.
		expect(formatCountdown(countdownSeconds(400))).toBe('0:01');
		expect(formatCountdown(countdownSeconds(0))).toBe('0:00');
		expect(formatCountdown(3723)).toBe('1:02:03');
	});

	it('ticks once a second, on the second, and ends at the deadline', () => {
		const run = runCountdown(3 * 60, startedAtMs + 250);
		expect(run.endedAtMs).toBe(startedAtMs + 180_000);
		expect(run.shown.slice(0, 3)).toEqual(['3:00', '2:59', '2:58']);
		expect(run.shown.at(-1)).toBe('0:00');
		// Each second shown once: no skipped or repeated seconds.
		expect(new Set(run.shown).size).toBe(run.shown.length);
	});

	it('warns once, when one minute is left, not every second', () => {
		expect(runCountdown(5 * 60, startedAtMs).warnings).toEqual([60_000]);
	});

	it('does not warn a quiz that starts or resumes with a minute or less left', () => {
		expect(runCountdown(45, startedAtMs).warnings).toEqual([]);
		expect(runCountdown(5 * 60, startedAtMs + 250_000).warnings).toEqual([]);
		expect(oneMinuteWarningDue(null, 30_000)).toBe(false);
	});

	it('still warns when a late timer skips past the minute mark', () => {
		expect(oneMinuteWarningDue(61_000, 58_000)).toBe(true);
		expect(oneMinuteWarningDue(61_000, 0)).toBe(false);
	});
});
