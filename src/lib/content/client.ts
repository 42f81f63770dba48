import { resolve } from '$app/paths';
import { AppError } from '$lib/domain/errors';
import type { Catalog } from './catalog';
import { reportError } from '$lib/platform/report';

export class CatalogUnavailableError extends AppError<'catalog-unavailable'> {
	constructor(message: string, options?: { cause?: unknown }) {
		super('catalog-unavailable', message, options);
	}
}

let loading: Promise<Catalog> | undefined;

/** The catalog for browser-only pages, fetched once per page load (and served by the service worker offline). */
export function fetchCatalog(fetcher: typeof fetch): Promise<Catalog> {
	loading ??= fetcher(resolve('/content.json'))
		.then((response) => {
			if (!response.ok) throw new CatalogUnavailableError(`content.json answered ${response.status}`);
			return response.json() as Promise<Catalog>;
		})
		.catch((error: unknown) => {
			loading = undefined;
			throw error instanceof CatalogUnavailableError
				? error
				: new CatalogUnavailableError(String(error), { cause: error });
		});
	return loading;
}

/** The catalog, or null when it cannot be fetched (offline before the first visit): pages show a retry. */
export async function catalogOrNull(fetcher: typeof fetch): Promise<Catalog | null> {
	try {
		return await fetchCatalog(fetcher);
	} catch (error) {
		reportError('Fetching the content catalog', error);
		return null;
	}
}
