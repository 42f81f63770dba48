// The Content-Type a static host sends for each kind of file the build holds: one list for the benchmark's
// server and the end-to-end tests' caching host.

/** @type {Record<string, string>} */
export const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm'
};
