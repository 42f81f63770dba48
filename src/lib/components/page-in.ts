import { page } from '$app/state';
import { resolve } from '$app/paths';
import type { RouteId } from '$app/types';
import type { Language } from '$lib/domain/language';
import { withSlash } from '$lib/i18n/paths';

/** This page in a given language: same route and params, another language prefix (the home page for an error). */
export function pageIn(language: Language): string {
	const routeId = (page.route.id ?? '/[[lang=lang]]') as RouteId;
	const params = { ...page.params, lang: language === 'en' ? 'en' : undefined };
	// @ts-expect-error the route id is only known at run time; its params come from the same page.
	return withSlash(resolve(routeId, params));
}
