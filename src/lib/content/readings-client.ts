import { resolve } from '$app/paths';
import type { ReadingsFile } from '$lib/domain/reading';

// The article's words, readings and glosses, fetched only when a learner turns on ruby or word look-up (the service
// worker keeps it once used, like the translation). Kept apart from client.ts, which most pages load.

/** Where the build writes it (beside content/article.json; not in contentPaths, which every page's chunk carries). */
export const readingsPath = '/content/readings.json';

let loading: Promise<ReadingsFile> | undefined;

/** The reading aids, fetched once per page load (a failed fetch can be tried again). */
export function fetchReadings(fetcher: typeof fetch): Promise<ReadingsFile> {
	loading ??= (async () => {
		const response = await fetcher(resolve(readingsPath as '/'));
		if (!response.ok) throw new Error(`${readingsPath} answered ${response.status}`);
		return (await response.json()) as ReadingsFile;
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
