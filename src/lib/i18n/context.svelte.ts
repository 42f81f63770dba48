import { createContext } from 'svelte';
import type { Language } from '$lib/domain/language';
import { messages, type Messages } from './messages';

/** The page's language and its messages, provided once by the layout. */
export type I18n = { readonly language: Language; readonly t: Messages };

const [getI18n, setI18nContext] = createContext<I18n>();

export function provideI18n(language: () => Language): I18n {
	return setI18nContext({
		get language() {
			return language();
		},
		get t() {
			return messages[language()];
		}
	});
}

/** The current language and messages, for any component below the layout. */
export const useI18n = getI18n;
