import type { EntryGenerator } from './$types';

// The editor lives in the browser (IndexedDB): the prerendered page is its heading; the drafts load after it.
// Both languages are listed, whether or not a prerendered page links here.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];
