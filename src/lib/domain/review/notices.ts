/** What a review session tells the learner after an action; the catalog holds each one's words. */
export type ReviewNotice =
	| 'undone'
	| 'nothing-to-undo'
	| 'stale'
	| 'storage-failed'
	/** The card's stored schedule cannot be used by FSRS: not a storage problem; the card can be reset. */
	| 'schedule-failed'
	/** The grader's or the scheduler's code could not be loaded (fetched after the first card): reload. */
	| 'code-failed'
	| 'suspended'
	| 'buried'
	| 'reset';

/** Notices that report a failure (shown as an alert); the others confirm what was done. */
export const reviewNoticeIsError: Record<ReviewNotice, boolean> = {
	undone: false,
	'nothing-to-undo': false,
	stale: true,
	'storage-failed': true,
	'schedule-failed': true,
	'code-failed': true,
	suspended: false,
	buried: false,
	reset: false
};
