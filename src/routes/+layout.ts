// Every content page is prerendered so it paints before any script runs; IndexedDB is touched only in the browser.
export const prerender = true;
export const trailingSlash = 'always';
