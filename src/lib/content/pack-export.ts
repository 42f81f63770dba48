import { stringify } from 'yaml';
import type { ArticlePack } from '$lib/domain/pack/format';
import { packArticleId } from '$lib/domain/pack/namespace';
import { rawDeck } from '$lib/domain/validation/write';
import type { DeckFile } from './validate';

// An article pack written out in the questions/ format, for a school that hosts its own build: one article folder,
// questions/<folder>/ (the article's id), with its decks as decks/<id>.yaml and its article as article.txt, and the
// entry that lists the folder in questions/articles.yaml. Loaded only by the screen that exports.

/** The folder the pack's article takes in the repository: questions/<its id>. */
export const packFolder = (pack: Pick<ArticlePack, 'article'>): string =>
	`questions/${packArticleId(pack.article)}`;

/** Each deck of the pack as the deck file the build reads (questions/<folder>/decks/<id>.yaml). */
export function packDeckFiles(pack: ArticlePack): DeckFile[] {
	return pack.decks.map((deck) => ({
		file: `${packFolder(pack)}/decks/${deck.id}.yaml`,
		// Long lines kept whole: a quote folded across lines is harder to compare with the article.
		text: stringify(rawDeck(deck), { lineWidth: 0 })
	}));
}

/**
 * The pack's article as questions/<folder>/article.txt: the date line, then the paragraphs separated by blank lines. The
 * build classifies paragraphs by its own rules, so a kind the teacher changed by hand is not carried.
 */
export function packArticleText(pack: ArticlePack): string {
	const paragraphs = pack.article.paragraphs.map((paragraph) => paragraph.text);
	return `date ${pack.article.date}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The lines that list the pack's article in questions/articles.yaml (under `articles:`): folder, title, language. */
export function packOrderEntry(pack: Pick<ArticlePack, 'article'>): string {
	const { title, language, source } = pack.article;
	const entry = {
		folder: packArticleId(pack.article),
		title,
		language,
		...(source !== undefined ? { source } : {})
	};
	return stringify([entry], { lineWidth: 0 })
		.trimEnd()
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
}
