// Statistics live in the browser (IndexedDB): the page is prerendered with its headings, scope picker and
// placeholders (so it paints before any script, and starts by hydrating rather than rendering from nothing) and
// loads no catalog here: the statistics worker reads it, off the main thread (a catalog of 100,000 questions is a
// second of JSON parsing).
export {};
