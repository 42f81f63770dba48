import { reportError } from './report';

// Small preferences that must survive without IndexedDB (or be read before any script loads, like the language in
// app.html) live in localStorage, every key under one prefix. Storage can be switched off, full or blocked
// (private browsing, in-app browsers): each helper then reports the error and the page goes on without it.

/** The one prefix of this app's localStorage keys (app.html spells it out too, for the language). */
export const localKeyPrefix = 'sco-study.';

export const localKey = (name: string) => `${localKeyPrefix}${name}`;

/** The stored text, or null when there is none or storage cannot be read. `formerKey`: where older builds kept it. */
export function readLocal(name: string, formerKey?: string): string | null {
	// Prerendering has no storage at all: nothing to read, nothing wrong.
	if (typeof localStorage === 'undefined') return null;
	try {
		const value = localStorage.getItem(localKey(name));
		if (value !== null || formerKey === undefined) return value;
		const former = localStorage.getItem(formerKey);
		if (former !== null) {
			localStorage.setItem(localKey(name), former);
			localStorage.removeItem(formerKey);
		}
		return former;
	} catch (error) {
		reportError(`Reading "${name}" from local storage`, error);
		return null;
	}
}

/** Stores the text (null removes it); false when storage refused, and the value then lasts only this page view. */
export function writeLocal(name: string, value: string | null): boolean {
	if (typeof localStorage === 'undefined') return false;
	try {
		if (value === null) localStorage.removeItem(localKey(name));
		else localStorage.setItem(localKey(name), value);
		return true;
	} catch (error) {
		reportError(`Saving "${name}" in local storage`, error);
		return false;
	}
}
