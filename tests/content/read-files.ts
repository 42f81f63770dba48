// Reads the real content files from disk through the loader the build uses (content/article-folders.ts), for the
// content tests: the first article's folder, as questions/articles.yaml lists it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	articleOrderFile,
	readArticleFolder,
	readArticleOrder,
	type ArticleEntry
} from '$lib/content/article-folders';
import { diskReader } from '$lib/content/article-folders.server';
import type { ContentFiles } from '$lib/content/load';
import type { DeckFile } from '$lib/content/validate';
import type { TextFile } from '$lib/content/validate-argument';

export const repositoryFolder = join(import.meta.dirname, '../..');
export const questionsFolder = join(repositoryFolder, 'questions');
/** The files of the repository, as the build reads them (paths relative to the repository). */
export const repositoryReader = diskReader(repositoryFolder);

/** The first article's entry of questions/articles.yaml. */
export function firstArticle(): ArticleEntry {
	const file = `questions/${articleOrderFile}`;
	const { entries } = readArticleOrder({ file, text: repositoryReader.text(file)! }, 'questions', true);
	return entries[0]!;
}

/** The first article's folder (questions/<folder>), relative to the repository. */
export const firstArticleFolder = () => firstArticle().folder;

/** Every content file of the first article, as the build reads them. */
export const readContentFiles = (): ContentFiles =>
	readArticleFolder(firstArticle(), repositoryReader).files!;

export const readArticleText = () => readContentFiles().article;

export const readDeckFiles = (): DeckFile[] => readContentFiles().decks;

/** A content file of the first article's folder by name (argument.yaml, glossary.yaml, question-ids.yaml). */
export function readContentFile(name: string): TextFile {
	const file = `${firstArticleFolder()}/${name}`;
	return { file, text: repositoryReader.text(file)! };
}

/** A fixture file of tests/content/fixtures/ by name. */
export const readFixture = (name: string): TextFile => ({
	file: `tests/content/fixtures/${name}`,
	text: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')
});
