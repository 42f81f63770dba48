import type { Language } from '$lib/domain/language';
import { localKey, writeLocal } from '$lib/platform/local-storage';

/**
 * The chosen language lives in localStorage (not IndexedDB) because the inline script in app.html must read it
 * synchronously, before the first paint, to send the learner to their language's page.
 */
const languageName = 'language';
export const languageStorageKey = localKey(languageName);

/** Remembers the choice; without storage the switch still works for this page. */
export function rememberLanguage(language: Language): void {
	writeLocal(languageName, language);
}
