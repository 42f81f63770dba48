import { error, json } from '@sveltejs/kit';
import { readingsPath } from '$lib/content/readings-client';
import { contentFileBodies } from '$lib/content/content-files.server';

// The article's words, readings and glosses, fetched by the reader only when ruby or word look-up is turned on.
export const prerender = true;

export const GET = () => {
	const body = contentFileBodies().get(readingsPath);
	if (!body) error(404, 'This article has no readings.');
	return json(body);
};
