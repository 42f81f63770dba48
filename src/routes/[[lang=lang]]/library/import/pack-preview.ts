import { packLimits, type ArticlePack } from '$lib/domain/pack/format';
import { packArticleId } from '$lib/domain/pack/namespace';
import { parsePack, type PackResult } from '$lib/domain/pack/parse';
import { questionKinds, type QuestionKind } from '$lib/domain/question';

/** What the import page shows of a valid pack before anything is written. */
export type PackPreview = {
	articleId: string;
	paragraphs: number;
	questions: number;
	decks: { id: string; title: ArticlePack['decks'][number]['title']; kinds: [QuestionKind, number][] }[];
};

/** The counts of a pack: its paragraphs, and each deck's questions by kind (in the app's order of kinds). */
export function packPreview(pack: ArticlePack): PackPreview {
	return {
		articleId: packArticleId(pack.article),
		paragraphs: pack.article.paragraphs.length,
		questions: pack.decks.reduce((sum, deck) => sum + deck.questions.length, 0),
		decks: pack.decks.map((deck) => ({
			id: deck.id,
			title: deck.title,
			kinds: questionKinds
				.map((kind): [QuestionKind, number] => [
					kind,
					deck.questions.filter((question) => question.kind === kind).length
				])
				.filter(([, count]) => count > 0)
		}))
	};
}

/**
 * Reads a chosen file as a pack. A file larger than a pack may be is refused by its size, before it is read (a
 * character is at least one byte, so the check is exact for what parsePack would refuse).
 */
export async function readPackFile(file: Pick<File, 'size' | 'text'>): Promise<PackResult> {
	if (file.size > packLimits.maxBytes) {
		return {
			ok: false,
			problems: [{ path: '', code: 'pack-too-large', values: { size: file.size, max: packLimits.maxBytes } }]
		};
	}
	return parsePack(await file.text());
}
