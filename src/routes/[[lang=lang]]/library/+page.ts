import type { EntryGenerator } from './$types';

// An article on this device lives in the browser (IndexedDB): the page is prerendered once per language, and
// reads the article's id from its address (?id=<id>, or #id=<id>) in the browser.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];
