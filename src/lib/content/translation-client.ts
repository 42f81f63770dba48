import { resolve } from '$app/paths';

// The article's English for the Chinese reader, fetched only when a learner asks for English or both (the service
// worker serves it offline like the other content files). Kept apart from client.ts, which most pages load.

/** Where the build writes it (beside content/article.json; not in contentPaths, which every page's chunk carries). */
export const translationPath = '/content/translation.json';

/** The English of each paragraph by paragraph id. */
export async function fetchTranslation(fetcher: typeof fetch): Promise<Record<string, string>> {
	const response = await fetcher(resolve(translationPath as '/'));
	if (!response.ok) throw new Error(`${translationPath} answered ${response.status}`);
	return ((await response.json()) as { paragraphs: Record<string, string> }).paragraphs;
}
