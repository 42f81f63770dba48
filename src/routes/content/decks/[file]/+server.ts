import { error, json } from '@sveltejs/kit';
import { contentPaths } from '$lib/content/content-index';
import { contentFileBodies } from '$lib/content/content-files.server';
import { siteCatalog } from '$lib/content/files.server';
import type { EntryGenerator, RequestHandler } from './$types';

// One file per deck: a review, quiz or class page fetches only the decks in its scope.
export const prerender = true;

export const entries: EntryGenerator = () => siteCatalog().decks.map((deck) => ({ file: `${deck.id}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const deck = contentFileBodies().get(contentPaths.deck(params.file.replace(/\.json$/, '')));
	if (!deck) error(404, `No deck file "${params.file}"`);
	return json(deck);
};
