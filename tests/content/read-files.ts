// Reads the real content files from disk, as the build does, for the content tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from '$lib/content/load';
import type { DeckFile } from '$lib/content/validate';
import type { TextFile } from '$lib/content/validate-argument';

export const questionsFolder = join(import.meta.dirname, '../../questions');

export const readArticleText = () => readFileSync(join(questionsFolder, 'article.txt'), 'utf8');

export function readDeckFiles(): DeckFile[] {
	const folder = join(questionsFolder, 'decks');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ file: `questions/decks/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}

/** A content file of questions/ by name (argument.yaml, glossary.yaml, question-ids.yaml). */
export const readContentFile = (name: string): TextFile => ({
	file: `questions/${name}`,
	text: readFileSync(join(questionsFolder, name), 'utf8')
});

/** Every content file, as the build reads them. */
export const readContentFiles = (): ContentFiles => ({
	article: readArticleText(),
	decks: readDeckFiles(),
	argumentMap: readContentFile('argument.yaml'),
	glossary: readContentFile('glossary.yaml'),
	questionIds: readContentFile('question-ids.yaml'),
	translation: readContentFile('translation.yaml'),
	timeline: readContentFile('timeline.yaml'),
	places: readContentFile('places.yaml')
});

/** A fixture file of tests/content/fixtures/ by name. */
export const readFixture = (name: string): TextFile => ({
	file: `tests/content/fixtures/${name}`,
	text: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')
});
