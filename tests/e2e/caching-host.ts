// A static host like GitHub Pages: every response may be kept by the browser for ten minutes (max-age=600), and
// the folder it serves can be swapped for another build, as a deploy does. It can also go down, to be offline
// for the service worker as well as for the page (the connection is dropped).
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { contentTypes as types } from '../bench/lib/content-types.mjs';

export type CachingHost = {
	origin: string;
	/** Serves another folder from now on (a deploy). */
	deploy(root: string): void;
	/** Drops every connection while true. */
	setDown(down: boolean): void;
	/** Answers this path with an error status (a file that failed to upload), or stops doing so. */
	breakFile(path: string | undefined): void;
	/** Paths requested since the last call. */
	takeRequests(): string[];
	close(): Promise<void>;
};

export async function startCachingHost(root: string): Promise<CachingHost> {
	let served = root;
	let down = false;
	let broken: string | undefined;
	let requests: string[] = [];
	const server: Server = createServer((request, response) => {
		if (down) {
			request.socket.destroy();
			return;
		}
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		requests.push(pathname);
		if (pathname === broken) {
			response.writeHead(500).end();
			return;
		}
		let file = join(served, normalize(pathname));
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${pathname}/`, 'cache-control': 'max-age=600' }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		let status = 200;
		if (!file.startsWith(served) || !existsSync(file)) {
			status = 404;
			file = join(served, '404.html');
		}
		let body: Buffer;
		try {
			body = readFileSync(file);
		} catch {
			response.writeHead(503).end();
			return;
		}
		response.writeHead(status, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'max-age=600'
		});
		response.end(body);
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		deploy: (next) => (served = next),
		setDown: (value) => (down = value),
		breakFile: (path) => (broken = path),
		takeRequests: () => {
			const taken = requests;
			requests = [];
			return taken;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** The content files of a build (content.json and everything under content/), relative to its folder. */
export function contentFilesOf(build: string): string[] {
	const nested = readdirSync(join(build, 'content'), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.json'))
		.map((file) => `content/${file.split('\\').join('/')}`);
	return ['content.json', ...nested];
}

/**
 * A second deploy of the same build with a new version: the service worker, the version file and every content
 * file's build stamp change (so the browser sees a new worker), every hashed script stays the same. Files named in
 * `stale` keep the first build's stamp, as a CDN still serving them from the previous deploy would.
 * Returns its folder and version; remove the folder with `removeCopy` when done.
 */
export function redeployedCopy(
	build: string,
	suffix: string,
	stale: readonly string[] = []
): { root: string; version: string } {
	const previous = (JSON.parse(readFileSync(join(build, '_app/version.json'), 'utf8')) as { version: string })
		.version;
	const version = `${previous}${suffix}`;
	const root = mkdtempSync(join(tmpdir(), 'sco-deploy-'));
	cpSync(build, root, { recursive: true });
	const stamped = ['service-worker.js', '_app/version.json', ...contentFilesOf(build)];
	for (const file of stamped.filter((name) => !stale.includes(name))) {
		const path = join(root, file);
		const text = readFileSync(path, 'utf8');
		if (file === 'service-worker.js' && !text.includes(previous))
			throw new Error(`${file} does not name version ${previous}`);
		writeFileSync(path, text.replaceAll(previous, version));
	}
	return { root, version };
}

export const removeCopy = (root: string) => rmSync(root, { recursive: true, force: true });

/** The content version (of the questions) a build was made with: quiz and class links carry it. */
export const contentVersionOf = (build: string) =>
	(JSON.parse(readFileSync(join(build, 'content/index.json'), 'utf8')) as { version: string }).version;

/**
 * Gives a deployed copy new content: its content version changes in every page and data file, as when the
 * questions are edited (links made with it are refused by a build of the previous content). Returns the new version.
 */
export function changeContentVersion(root: string): string {
	const previous = contentVersionOf(root);
	// Another character of the links' alphabet (base64url), so a link can carry it.
	const next = `${previous.slice(0, -1)}${previous.endsWith('a') ? 'b' : 'a'}`;
	for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(json|html)$/.test(file)) continue;
		const path = join(root, file);
		const text = readFileSync(path, 'utf8');
		if (text.includes(`"${previous}"`)) writeFileSync(path, text.replaceAll(`"${previous}"`, `"${next}"`));
	}
	return next;
}
