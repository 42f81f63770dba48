import { error, json } from '@sveltejs/kit';
import { contentPaths } from '$lib/content/content-index';
import { contentFileBodies } from '$lib/content/content-files.server';
import { furtherArticlePacks } from '$lib/content/files.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Each built-in article after the first (questions/<folder>/) as an article pack, which the library page, review,
// quiz and statistics read as they read an article on this device. A build of one article has none.
export const prerender = true;

export const entries: EntryGenerator = () =>
	furtherArticlePacks().map((pack) => ({ file: `${pack.article.id}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const pack = contentFileBodies().get(contentPaths.articlePack(params.file.replace(/\.json$/, '')));
	if (!pack) error(404, `No article file "${params.file}"`);
	return json(pack);
};
