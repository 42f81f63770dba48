import { error, json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { findDeck } from '$lib/content/catalog';
import { siteCatalog } from '$lib/content/files.server';
import type { EntryGenerator, RequestHandler } from './$types';

// One file per deck: a review, quiz or class page fetches only the decks in its scope. `appVersion`: see
// content/index.json.
export const prerender = true;

export const entries: EntryGenerator = () => siteCatalog().decks.map((deck) => ({ file: `${deck.id}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const deck = findDeck(siteCatalog(), params.file.replace(/\.json$/, ''));
	if (!deck) error(404, `No deck file "${params.file}"`);
	return json({ appVersion: version, ...deck });
};
