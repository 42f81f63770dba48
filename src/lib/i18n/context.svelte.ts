import { createContext } from 'svelte';
import type { Language } from '$lib/domain/language';
import { formatters, type Formatters } from './format';
import { messages, type Messages } from './messages';

/** The page's language, its messages and its formatters, provided once by the layout. */
export type I18n = { readonly language: Language; readonly t: Messages; readonly format: Formatters };

const [getI18n, setI18nContext] = createContext<I18n>();

export function provideI18n(language: () => Language): I18n {
	return setI18nContext({
		get language() {
			return language();
		},
		get t() {
			return messages[language()];
		},
		get format() {
			return formatters(language());
		}
	});
}

/** The current language, messages and formatters, for any component below the layout. */
export const useI18n = getI18n;
