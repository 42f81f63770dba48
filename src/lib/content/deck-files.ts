import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ArticlePack } from '$lib/domain/pack/format';
import { packFileName } from '$lib/domain/pack/share';
import { packArticleText, packDeckFiles, packFolder, packOrderEntry } from './pack-export';

export { packDeckFiles, packOrderEntry };

// The deck files of a pack as one download, for a school that hosts its own build: the article's folder
// (questions/<folder>/article.txt and decks/<id>.yaml) and a note with the line to add to questions/articles.yaml and
// the command that rebuilds the app. One zip (fflate's zipSync, loaded
// only here, when the teacher asks for the files): several files as several downloads are blocked or scattered
// by browsers, and a folder cannot be downloaded.

/** The file the note with the rebuild command is written to, beside questions/. */
export const rebuildNoteFile = 'HOW-TO-BUILD.txt';

/** The command that rebuilds the app from its repository with the files in place (README, "Run it"). */
export const rebuildCommand = 'npm ci && npm run build';

/** Every file of the download, by path, as text. */
export function deckFileTexts(pack: ArticlePack, rebuildNote: string): Record<string, string> {
	return {
		[`${packFolder(pack)}/article.txt`]: packArticleText(pack),
		...Object.fromEntries(packDeckFiles(pack).map((file) => [file.file, file.text])),
		[rebuildNoteFile]: rebuildNote
	};
}

/** The deck files as one zip, named after the pack's file ("… .decks.zip"). */
export function deckFilesArchive(pack: ArticlePack, rebuildNote: string): { blob: Blob; fileName: string } {
	const files: Zippable = {};
	for (const [path, text] of Object.entries(deckFileTexts(pack, rebuildNote))) files[path] = strToU8(text);
	// A fixed date: the same pack gives the same bytes (fflate would stamp the time of the download).
	const zipped = zipSync(files, { mtime: new Date(Date.UTC(2000, 0, 1)) });
	return {
		blob: new Blob([zipped], { type: 'application/zip' }),
		fileName: packFileName(pack.article).replace(/\.article-pack\.json$/, '.decks.zip')
	};
}
