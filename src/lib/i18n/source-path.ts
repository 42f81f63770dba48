import type { Language } from '$lib/domain/language';
import type { Question } from '$lib/domain/question';
import { isWordCardId } from '$lib/domain/word-cards';
import { articleIdOf } from '$lib/domain/pack/article-id';
import { hrefArticle, hrefLibraryArticle } from './paths';

// Apart from paths.ts so that only the pages that show cards' sources carry the word cards' id check.
/** Where a card's source is read: a question's highlighted sentence, or the paragraph a word card came from. */
export const hrefSource = (language: Language, question: Pick<Question, 'id' | 'sources'>) =>
	hrefDeviceSource(language, question.id, question.sources[0].location.paragraphId) ??
	hrefArticle(
		language,
		isWordCardId(question.id)
			? { paragraphId: question.sources[0].location.paragraphId }
			: { questionId: question.id }
	);

/** A device question's paragraph, in its own article's page; undefined for a built-in question. */
export function hrefDeviceSource(
	language: Language,
	questionId: string,
	paragraphId: string
): string | undefined {
	const articleId = articleIdOf(questionId);
	return articleId === undefined ? undefined : `${hrefLibraryArticle(language, articleId)}#${paragraphId}`;
}
