/**
 * What a quiz session tells the learner after a refused write; the catalog holds each one's words.
 * save-failed / finish-failed: the browser refused to write; what was saved before is kept and the answer is
 * still on screen to try again. changed-elsewhere: another tab moved the attempt on; it was reloaded.
 * not-reviewed: the answer was saved, but its card's stored schedule is damaged, so it did not count as a review.
 * resumed: the first question was painted before the database answered, and the quiz was already under way: it
 * goes on where it stood. open-failed: the database could not be read yet; nothing is saved, the answer stays.
 */
export type QuizNotice =
	'save-failed' | 'finish-failed' | 'changed-elsewhere' | 'not-reviewed' | 'resumed' | 'open-failed';
