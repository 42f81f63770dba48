import type { Language } from '$lib/domain/language';
import type { Question } from '$lib/domain/question';
import { isWordCardId } from '$lib/domain/word-cards';
import { hrefArticle } from './paths';

// Apart from paths.ts so that only the pages that show cards' sources carry the word cards' id check.
/** Where a card's source is read: a question's highlighted sentence, or the paragraph a word card came from. */
export const hrefSource = (language: Language, question: Pick<Question, 'id' | 'sources'>) =>
	hrefArticle(
		language,
		isWordCardId(question.id)
			? { paragraphId: question.sources[0].location.paragraphId }
			: { questionId: question.id }
	);
