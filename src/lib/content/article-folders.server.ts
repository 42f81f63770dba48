import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FolderReader } from './article-folders';

// The built-in articles' files as the build reads them from disk, relative to the repository's root.

/** The environment variable naming a further questions folder the build also reads (the tests' fixtures). */
export const extraQuestionsVariable = 'EXTRA_QUESTIONS';

/** The questions folders the build reads: questions/, then the one the environment names, if any. */
export function questionRoots(environment: Record<string, string | undefined> = process.env): string[] {
	const extra = environment[extraQuestionsVariable]?.trim().replace(/\/+$/, '');
	return ['questions', ...(extra ? [extra] : [])];
}

/** A reader of the files under `base` (the repository's root). */
export function diskReader(base: string = process.cwd()): FolderReader {
	return {
		text: (path) => {
			const full = join(base, path);
			return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
		},
		list: (folder) => {
			const full = join(base, folder);
			return existsSync(full) && statSync(full).isDirectory() ? readdirSync(full).sort() : [];
		}
	};
}
