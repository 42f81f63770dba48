import { createContext } from 'svelte';
import type { Language } from '$lib/domain/language';
import { formatters, type Formatters } from './format';
import type { Messages } from './messages';

/** The page's language, its messages and its formatters, provided once by the layout. */
export type I18n = { readonly language: Language; readonly t: Messages; readonly format: Formatters };

const [getI18n, setI18nContext] = createContext<I18n>();

/** Provides the page's texts, loaded by the root layout (src/routes/+layout.ts) in the page's language. */
export function provideI18n(page: () => { language: Language; messages: Messages }): I18n {
	return setI18nContext({
		get language() {
			return page().language;
		},
		get t() {
			return page().messages;
		},
		get format() {
			return formatters(page().language);
		}
	});
}

/** The current language, messages and formatters, for any component below the layout. */
export const useI18n = getI18n;
