import type { QuestionId } from '$lib/domain/ids';
import type { ArticlePack } from '$lib/domain/pack/format';
import { assignQuestions, type AssignOutcome } from './assignments';
import { addLibraryArticle } from './library';
import type { StudyDatabase } from './database';
import { write } from './write';

// An assign link carrying an article pack (#q=…&pack=…): the article joins this device (as a class link's join
// page adds it) and its questions are assigned, in one transaction, so a failure leaves neither. Loaded only for
// such a link.

/** Adds the link's article to this device and assigns its questions; nothing is written when either fails. */
export function assignWithArticle(
	database: StudyDatabase,
	pack: ArticlePack,
	questionIds: readonly QuestionId[],
	quizToken: string,
	nowMs: number
): Promise<AssignOutcome> {
	return write(() =>
		database.transaction('rw', [database.libraryArticles, database.cards, database.assignments], async () => {
			await addLibraryArticle(database, pack, 'link', nowMs);
			return assignQuestions(database, questionIds, quizToken, nowMs);
		})
	);
}
