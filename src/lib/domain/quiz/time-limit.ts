// A timed quiz runs on the wall clock from the attempt's start: closing the tab does not stop it, as in an exam.
// Every function takes the time as a parameter, so tests drive it with a fixed clock.

/** The countdown is announced to screen readers once, when this much time is left. */
export const warningBeforeEndMs = 60_000;

/** When a timed attempt runs out; null when the quiz has no limit. */
export function quizDeadlineMs(startedAtMs: number, timeLimitSeconds: number | null): number | null {
	return timeLimitSeconds === null ? null : startedAtMs + timeLimitSeconds * 1000;
}

/** Time left before the deadline, never negative. */
export function remainingMs(deadlineMs: number, nowMs: number): number {
	return Math.max(0, deadlineMs - nowMs);
}

/** The whole seconds the countdown shows: rounded up, so it reads 0:00 only once time is up. */
export function countdownSeconds(remaining: number): number {
	return Math.ceil(Math.max(0, remaining) / 1000);
}

/** A countdown as a clock reads: 4:05, or 1:02:03 from an hour up. */
export function formatCountdown(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	const hours = Math.floor(whole / 3600);
	const minutes = Math.floor((whole % 3600) / 60);
	const rest = String(whole % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** How long to wait until the shown seconds change (at least 50 ms, so a late timer never spins). */
export function msUntilNextTick(remaining: number): number {
	const intoSecond = remaining % 1000;
	return Math.max(50, intoSecond === 0 ? 1000 : intoSecond);
}

/**
 * Whether the one-minute warning is due: the time left went from over a minute to a minute or less between two
 * ticks. A quiz that starts (or resumes) with a minute or less left is not warned: the clock is in plain view.
 */
export function oneMinuteWarningDue(previousRemainingMs: number | null, remaining: number): boolean {
	return (
		previousRemainingMs !== null &&
		previousRemainingMs > warningBeforeEndMs &&
		remaining <= warningBeforeEndMs &&
		remaining > 0
	);
}
