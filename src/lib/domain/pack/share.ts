import { fnv1a32 } from '../encoding/hash';
import type { Deck } from '../question';
import type { ArticlePack, PackArticle } from './format';
import { namespacedDecks, packArticleId } from './namespace';
import { serializePack } from './parse';

// Sharing a pack: its file's name and the content version its quizzes pin (the link itself: ./fragment.ts).

/** The most characters of the title kept in a file name (long names are cut by some file systems and mail). */
const maxTitleInName = 60;

/** A pack file's name: its date and title, e.g. "2025-09-05 上合小史.article-pack.json". */
export function packFileName(article: Pick<PackArticle, 'title' | 'date'>): string {
	// Letters and digits of any script stay; what a file system or a mail client refuses becomes a space.
	const title = Array.from(
		article.title
			.normalize('NFC')
			.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
			.trim()
	)
		.slice(0, maxTitleInName)
		.join('')
		.trim();
	return `${article.date}${title ? ` ${title}` : ''}.article-pack.json`;
}

/**
 * The content version a pack's quizzes pin: "p" and a hash of the whole pack, so a quiz link counts positions in
 * exactly these questions, and a link whose pack was changed is refused as made for other content.
 */
export function packContentVersion(pack: ArticlePack): string {
	return `p${fnv1a32(serializePack(pack)).toString(36)}`;
}

/**
 * The pack's decks under the ids this device studies them by (`<article id>--<id>`, ./namespace.ts): a class quiz
 * on a pack counts positions in these, so a student's answers are kept under the same ids as the article's cards.
 */
export const packStudyDecks = (pack: ArticlePack): Deck[] =>
	namespacedDecks(packArticleId(pack.article), pack.decks);

/** What a class quiz on a pack is read against: its content version and every question id, in pack order. */
export function packQuizCatalog(pack: ArticlePack): { version: string; questionIds: string[] } {
	return {
		version: packContentVersion(pack),
		questionIds: packStudyDecks(pack).flatMap((deck) => deck.questions.map((question) => question.id))
	};
}
