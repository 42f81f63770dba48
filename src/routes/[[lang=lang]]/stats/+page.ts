// Statistics live in the browser (IndexedDB), so the page is a prerendered shell. It loads no catalog here: the
// statistics worker reads it, off the main thread (a catalog of 100,000 questions is a second of JSON parsing).
export const ssr = false;
