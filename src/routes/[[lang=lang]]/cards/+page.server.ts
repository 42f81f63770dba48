import { siteCatalog } from '$lib/content/files.server';
import { searchScriptMapOf } from '$lib/content/script-map.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Both languages, whether or not a page links here.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

// Search folds Traditional and Simplified together with a map of the characters the questions use (a few KB,
// written at build time), so the page downloads no converter.
export const load: PageServerLoad = () => ({ searchScriptMap: searchScriptMapOf(siteCatalog()) });
