import type { Language } from '../language';

export const exportFormats = ['anki', 'quizlet'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The file a deck's export is published as, e.g. `sco-background.anki.en.txt`. */
export const exportFileName = (deckId: string, format: ExportFormat, language: Language) =>
	`${deckId}.${format}.${language}.txt`;

/** The deck, format and language a file name stands for, or undefined for any other name. */
export function parseExportFileName(
	file: string
): { deckId: string; format: ExportFormat; language: Language } | undefined {
	const match = /^([a-z0-9-]+)\.(anki|quizlet)\.(zh|en)\.txt$/.exec(file);
	if (!match) return undefined;
	return { deckId: match[1]!, format: match[2] as ExportFormat, language: match[3] as Language };
}
