import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnDemand } from '$lib/state/on-demand.svelte';

/** A load the test settles by hand. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('code loaded on demand', () => {
	afterEach(() => vi.restoreAllMocks());

	it('loads nothing until asked', () => {
		const loadValue = vi.fn(() => Promise.resolve('runner'));
		const onDemand = new OnDemand(loadValue, 'the runner');
		expect(onDemand.status).toBe('idle');
		expect(loadValue).not.toHaveBeenCalled();
	});

	it('loads once, however often it is asked, and keeps the value', async () => {
		const pending = deferred<string>();
		const loadValue = vi.fn(() => pending.promise);
		const onDemand = new OnDemand(loadValue, 'the runner');
		onDemand.load();
		onDemand.load();
		expect(onDemand.status).toBe('loading');
		pending.resolve('runner');
		await settled();
		onDemand.load();
		expect(onDemand.status).toBe('loaded');
		expect(onDemand.value).toBe('runner');
		expect(loadValue).toHaveBeenCalledTimes(1);
	});

	it('says it failed, and loads again when asked after a failure', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const attempts = [deferred<string>(), deferred<string>()];
		const loadValue = vi.fn(() => attempts[loadValue.mock.calls.length - 1]!.promise);
		const onDemand = new OnDemand(loadValue, 'the runner');
		onDemand.load();
		attempts[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
		await settled();
		expect(onDemand.status).toBe('failed');
		expect(onDemand.value).toBeUndefined();
		expect(console.error).toHaveBeenCalledWith('Loading the runner failed:', expect.any(TypeError));

		onDemand.load();
		expect(onDemand.status).toBe('loading');
		attempts[1]!.resolve('runner');
		await settled();
		expect(onDemand.status).toBe('loaded');
		expect(onDemand.value).toBe('runner');
		expect(loadValue).toHaveBeenCalledTimes(2);
	});

	it('turns a load that throws at once into a failure, not an exception', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const onDemand = new OnDemand<string>(() => {
			throw new Error('no import');
		}, 'the runner');
		expect(() => onDemand.load()).not.toThrow();
		await settled();
		expect(onDemand.status).toBe('failed');
	});
});
