// The content files the browser-only pages fetch, built once from the catalog, so that each file's endpoint and the
// list of their sizes (content/files.json) describe the same bytes.
import { gzipSync } from 'node:zlib';
import { version } from '$app/environment';
import { contentIndexOf, contentPaths, type ContentFileList } from './content-index';
import { withBuiltInPacks } from './device-articles';
import { furtherArticlePacks, siteContent } from './files.server';
import { scriptMapOf } from './script-map.server';
import { translationPath } from './translation-client';
import { readingsPath } from './readings-client';
import { siteReadings } from './readings.server';

// Every file carries `appVersion`, the build that wrote it, so the service worker can refuse a copy left over from
// a previous deploy (by a CDN or the browser's HTTP cache).
const stamped = (body: object) => ({ appVersion: version, ...body });

let files: Map<string, object> | undefined;

/**
 * Each content file's body by path, in precache order: the index, the decks in catalog order, the article, its
 * English, its readings (kept once used, it does not fit a first visit's budget), then each further built-in
 * article as a pack (none in a build of one article).
 */
export function contentFileBodies(): Map<string, object> {
	if (files) return files;
	const { catalog, translation } = siteContent();
	const packs = furtherArticlePacks();
	// Grading folds the scripts of every built-in article's answers by the one map the index carries.
	const mapped = { ...catalog, decks: [...catalog.decks, ...packs.flatMap((pack) => pack.decks)] };
	const index = withBuiltInPacks(contentIndexOf(catalog, scriptMapOf(mapped)), packs);
	files = new Map<string, object>([
		[contentPaths.index, stamped(index)],
		...catalog.decks.map((deck) => [contentPaths.deck(deck.id), stamped(deck)] as [string, object]),
		[contentPaths.article, stamped(catalog.article)],
		...(translation ? [[translationPath, stamped({ paragraphs: translation })] as [string, object]] : []),
		[readingsPath, stamped(siteReadings())],
		...packs.map((pack) => [contentPaths.articlePack(pack.article.id!), stamped(pack)] as [string, object])
	]);
	return files;
}

/** The list the service worker reads at install: each file's size as a host sends it gzipped. */
export function contentFileList(): ContentFileList & { appVersion: string } {
	return stamped({
		files: [...contentFileBodies()].map(([path, body]) => ({
			path,
			gzipBytes: gzipSync(JSON.stringify(body)).length
		}))
	}) as ContentFileList & { appVersion: string };
}
