// Reads the real content files from disk, as the build does, for the content tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckFile } from '$lib/content/validate';

export const questionsFolder = join(import.meta.dirname, '../../questions');

export const readArticleText = () => readFileSync(join(questionsFolder, 'article.txt'), 'utf8');

export function readDeckFiles(): DeckFile[] {
	const folder = join(questionsFolder, 'decks');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ file: `questions/decks/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}
