import type { EntryGenerator } from './$types';

// Importing reads a file in the browser and writes to IndexedDB: the page is prerendered once per language.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];
