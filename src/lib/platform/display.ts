import { rubyModes } from '$lib/domain/reading';
import { readLocal, writeLocal } from './local-storage';

// The display preferences: a colour theme, a text size and the reader's ruby, kept in localStorage (not IndexedDB) because
// src/prepaint.js must read them synchronously before the first paint and mark <html> with them
// (data-theme, data-text-size), which app.css follows. Setting one here does the same at once.

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const textSizes = ['small', 'standard', 'large', 'larger'] as const;
export type TextSize = (typeof textSizes)[number];
export type { RubyMode } from '$lib/domain/reading';

const preferences = {
	theme: { attribute: 'data-theme', fallback: 'system', values: themes },
	'text-size': { attribute: 'data-text-size', fallback: 'standard', values: textSizes },
	// Zhuyin or pinyin above the reader's characters (drawn once the readings are fetched, so nothing before paint).
	ruby: { attribute: 'data-ruby', fallback: 'off', values: rubyModes }
} as const;
type Preference = keyof typeof preferences;
type ValueOf<P extends Preference> = (typeof preferences)[P]['values'][number];

/** The stored choice, or the default (system theme, standard size) when there is none or it is not known. */
export function readDisplayPreference<P extends Preference>(name: P): ValueOf<P> {
	const { values, fallback } = preferences[name];
	const stored = readLocal(name);
	return (values as readonly string[]).includes(stored ?? '') ? (stored as ValueOf<P>) : fallback;
}

/** Applies a choice to the page at once and remembers it (the default is stored as no entry at all). */
export function applyDisplayPreference<P extends Preference>(name: P, value: ValueOf<P>): void {
	const { attribute, fallback } = preferences[name];
	const root = document.documentElement;
	if (value === fallback) root.removeAttribute(attribute);
	else root.setAttribute(attribute, value);
	writeLocal(name, value === fallback ? null : value);
}
