import { stringify } from 'yaml';
import type { ArticlePack } from '$lib/domain/pack/format';
import { rawDeck } from '$lib/domain/validation/write';
import type { DeckFile } from './validate';

// An article pack written out in the questions/ format, for a school that hosts its own build: its decks as
// questions/decks/<id>.yaml, its article as questions/article.txt. Loaded only by the screen that exports.

/** Each deck of the pack as the deck file the build reads (questions/decks/<id>.yaml). */
export function packDeckFiles(pack: ArticlePack): DeckFile[] {
	return pack.decks.map((deck) => ({
		file: `questions/decks/${deck.id}.yaml`,
		// Long lines kept whole: a quote folded across lines is harder to compare with the article.
		text: stringify(rawDeck(deck), { lineWidth: 0 })
	}));
}

/**
 * The pack's article as questions/article.txt: the date line, then the paragraphs separated by blank lines. The
 * build classifies paragraphs by its own rules, so a kind the teacher changed by hand is not carried.
 */
export function packArticleText(pack: ArticlePack): string {
	const paragraphs = pack.article.paragraphs.map((paragraph) => paragraph.text);
	return `date ${pack.article.date}\n\n${paragraphs.join('\n\n')}\n`;
}
