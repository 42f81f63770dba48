import { json } from '@sveltejs/kit';
import { siteCatalog } from '$lib/content/files.server';

// The article's paragraphs, for the browser-only pages that quote them (projector, worksheet).
export const prerender = true;

export const GET = () => json(siteCatalog().article);
