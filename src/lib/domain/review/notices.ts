/** What a review session tells the learner after an action; the catalog holds each one's words. */
export type ReviewNotice =
	'undone' | 'nothing-to-undo' | 'stale' | 'storage-failed' | 'suspended' | 'buried' | 'reset';

/** Notices that report a failure (shown as an alert); the others confirm what was done. */
export const reviewNoticeIsError: Record<ReviewNotice, boolean> = {
	undone: false,
	'nothing-to-undo': false,
	stale: true,
	'storage-failed': true,
	suspended: false,
	buried: false,
	reset: false
};
