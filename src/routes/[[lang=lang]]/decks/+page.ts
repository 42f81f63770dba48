import type { EntryGenerator } from './$types';

// A deck of an article on this device lives in the browser (IndexedDB): its page is prerendered once per language
// and reads the deck's id from the address (?id=<id>). Built-in decks have their own pages.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];
