/** Time, injected into sessions so tests and the benchmark control it. The domain takes times as parameters. */
export type Clock = { now(): number };

/** The device's own clock. */
export const systemClock: Clock = { now: () => Date.now() };
