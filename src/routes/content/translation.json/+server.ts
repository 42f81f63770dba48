import { error, json } from '@sveltejs/kit';
import { translationPath } from '$lib/content/translation-client';
import { contentFileBodies } from '$lib/content/content-files.server';

// The article's English by paragraph id, fetched by the Chinese reader only when a learner asks for English.
export const prerender = true;

export const GET = () => {
	const body = contentFileBodies().get(translationPath);
	if (!body) error(404, 'This article has no translation.');
	return json(body);
};
