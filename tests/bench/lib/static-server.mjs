// A static host for the built app, as a school's web server would be: gzip for text, hashed files cached for a
// year, everything else revalidated (ETag), 404.html for unknown addresses. The benchmark serves the build itself
// rather than through `vite preview` so that it can (1) replace content files with a synthetic catalog without
// touching the build, and (2) count every byte it sends, per browser context, service worker included.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypes as types } from './content-types.mjs';

const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

/** The header a benchmark context adds to its page's requests, so bytes can be told apart per context. */
export const contextHeader = 'x-bench-context';

/**
 * Starts the server. `overrides` maps a path (e.g. "/content.json") to a body that replaces the built file;
 * `rewrite` maps the file a request resolves to onto another (e.g. a page shell shared by several addresses).
 * Returns { origin, log, close, setOverrides }: `log` lists every response as
 * { path, requested, context, bytes, status } (`path` is the file sent, `requested` the address asked for).
 */
export async function startStaticServer({ root, port, overrides = new Map(), rewrite = (path) => path }) {
	const cache = new Map();
	let replaced = overrides;
	const log = [];

	const load = (path) => {
		const override = replaced.get(path);
		const key = override ? `override:${path}` : path;
		let entry = cache.get(key);
		if (entry) return entry;
		let body;
		if (override) body = Buffer.isBuffer(override) ? override : Buffer.from(override);
		else {
			const file = join(root, normalize(path));
			if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) return undefined;
			body = readFileSync(file);
		}
		const extension = extname(path) || '.html';
		entry = {
			body,
			gzipped: compressible.has(extension) ? gzipSync(body) : undefined,
			type: types[extension] ?? 'application/octet-stream',
			etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`
		};
		cache.set(key, entry);
		return entry;
	};

	const resolvePath = (pathname) => {
		if (pathname.endsWith('/')) return `${pathname}index.html`;
		if (!extname(pathname)) return `${pathname}/index.html`;
		return pathname;
	};

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			pathname = '/404.html';
		}
		let path = rewrite(resolvePath(pathname));
		let entry = load(path);
		let status = 200;
		if (!entry) {
			path = '/404.html';
			entry = load(path);
			status = 404;
		}
		const headers = {
			'content-type': entry.type,
			etag: entry.etag,
			'cache-control': path.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		const context = String(request.headers[contextHeader] ?? '');
		if (status === 200 && request.headers['if-none-match'] === entry.etag) {
			response.writeHead(304, headers).end();
			log.push({ path, requested: url.pathname, context, bytes: 0, status: 304, atMs: performance.now() });
			return;
		}
		const gzip = entry.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const body = gzip ? entry.gzipped : entry.body;
		if (gzip) headers['content-encoding'] = 'gzip';
		headers['content-length'] = body.length;
		response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
		log.push({ path, requested: url.pathname, context, bytes: body.length, status, atMs: performance.now() });
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		log,
		setOverrides(next) {
			replaced = next;
			for (const key of [...cache.keys()]) if (key.startsWith('override:')) cache.delete(key);
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			})
	};
}

/** The bytes and requests in a slice of the server log, grouped by kind of file. */
export function summarizeLog(entries) {
	const byKind = { html: 0, js: 0, css: 0, data: 0, other: 0 };
	for (const entry of entries) {
		const extension = extname(entry.path);
		const kind =
			extension === '.html'
				? 'html'
				: extension === '.js'
					? 'js'
					: extension === '.css'
						? 'css'
						: extension === '.json'
							? 'data'
							: 'other';
		byKind[kind] += entry.bytes;
	}
	return {
		requests: entries.length,
		bytes: entries.reduce((total, entry) => total + entry.bytes, 0),
		byKind
	};
}

/**
 * The responses (in a slice of the log) to the requests a page itself made, given the paths it asked for: a
 * context's other responses went to its service worker.
 */
export function splitPageAndWorker(entries, askedPaths) {
	const pending = new Map();
	for (const path of askedPaths) pending.set(path, (pending.get(path) ?? 0) + 1);
	const page = [];
	const worker = [];
	for (const entry of entries) {
		const left = pending.get(entry.requested) ?? 0;
		if (left > 0) {
			pending.set(entry.requested, left - 1);
			page.push(entry);
		} else worker.push(entry);
	}
	return { page, worker };
}
