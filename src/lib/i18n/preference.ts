import type { Language } from '$lib/domain/language';

/**
 * The chosen language lives in localStorage (not IndexedDB) because the inline script in app.html must read it
 * synchronously, before the first paint, to send the learner to their language's page.
 */
export const languageStorageKey = 'sco-study.language';

export function rememberLanguage(language: Language): void {
	try {
		localStorage.setItem(languageStorageKey, language);
	} catch {
		// Private browsing or storage switched off: the switch still works for this page.
	}
}
