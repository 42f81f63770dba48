import type { ReviewMessages } from './types';

const en: ReviewMessages = {
	titleAll: 'Review: all decks',
	titleDeck: (deck) => `Review: ${deck}`,
	titleMyCards: 'Review: my cards',
	reviewMyCards: 'Review my cards only',
	wordCardBadge: 'My card',
	wordReading: 'Reading',
	wordGlosses: 'Meaning',
	wordSource: 'Where you met it',
	wordSourceLink: (number) => `Read it in the article (paragraph ${number})`,
	progress: (done, total) => `${done} of ${total} done`,
	revealAnswer: 'Show answer',
	submitAnswer: 'Check answer',
	rateHeading: 'How well did you remember?',
	rating: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
	resultSelfGraded: 'Compare with the answer and rate yourself',
	suggestedRating: 'A rating is preselected from your answer; you can change it',
	undo: 'Undo',
	keyboardHelp: 'Keyboard shortcuts',
	keyboardHelpTitle: 'Keyboard shortcuts',
	keyboardShortcuts: [
		{ keys: 'Space / Enter', action: 'Show or check the answer; after that, confirm the preselected rating' },
		{ keys: 'A B C D (or 1 2 3 4)', action: 'While answering: choose the option with that letter' },
		{ keys: '1 2 3 4', action: 'After the answer: rate Again, Hard, Good, Easy' },
		{ keys: 'Z or Ctrl/⌘+Z', action: 'Undo the last rating' },
		{ keys: '?', action: 'Show or hide this help' },
		{ keys: 'Esc', action: 'Close this help' }
	],
	sessionSummary: (cards, accuracy, duration) =>
		`${cards} card${cards === 1 ? '' : 's'} reviewed, ${accuracy}% remembered, ${duration}.`,
	nextDue: (when) => `The next card is due ${when}.`,
	nothingDueBody: 'You have reached today’s new-card limit, or no card is due yet.',
	nothingScheduled: 'No reviews are scheduled for these questions yet.',
	waitingForLearning: (when) => `Cards you are learning come back ${when}.`,
	waitingTitle: 'Back in a moment',
	leechTitle: 'This card keeps slipping away',
	leechBody: 'It is now flagged as a leech. Re-reading the paragraph it comes from usually helps.',
	rereadParagraph: 'Re-read the paragraph',
	cardActions: 'Card actions',
	suspendCard: 'Suspend this card',
	buryCard: 'Skip until tomorrow',
	resetCard: 'Reset to new',
	resetConfirm: 'Reset this card to new? Its review history is kept.',
	newCardBadge: 'New',
	learningBadge: 'Learning',
	reviewBadge: 'Review',
	doneForTodayTitle: 'Done for today',
	tomorrowForecast: (due, newCards) =>
		`Tomorrow: ${due} card${due === 1 ? '' : 's'} due` + (newCards > 0 ? ` and up to ${newCards} new.` : '.'),
	studyMoreHeading: 'Want to study more?',
	studyMoreNew: (count) => `Learn ${count} more new card${count === 1 ? '' : 's'} today`,
	studyMoreNewNote: (limit) => `For today only: your limit of ${limit} new cards a day stays as it is.`,
	reviewAhead: (count, days) =>
		`Review ahead: ${count} card${count === 1 ? '' : 's'} due in the next ${days} days`,
	reviewAheadNote:
		'Recorded as reviews: FSRS reschedules them from today, with a smaller gain than on their due day.',
	practiseForgotten: (count, days) =>
		`Practise ${count} card${count === 1 ? '' : 's'} you forgot in the last ${days} days`,
	practiseForgottenNote: 'Practice only: nothing is recorded and their schedule stays as it is.',
	nothingMore: 'Nothing more to study here today: every card is learned or waiting for its day.',
	quizSuggestion: 'Or test yourself with a quiz:',
	quizSuggestionLink: 'build a quiz',
	practiceBadge: 'Practice',
	practiceNext: 'Next',
	practiceNotRecorded: 'Practice: not recorded',
	practiceDone: (count) => `You practised ${count} forgotten card${count === 1 ? '' : 's'}.`,
	notice: {
		undone: 'The last rating was undone',
		'nothing-to-undo': 'Nothing to undo',
		suspended: 'Card suspended',
		buried: 'This card comes back tomorrow',
		reset: 'Card reset to new',
		stale:
			'This card was just reviewed in another tab, so it was reloaded; your rating did not overwrite that one.',
		'storage-failed':
			'Could not save (the browser’s storage may be full or blocked). This rating was not written; please try again.',
		'code-failed':
			'Part of the app this step needs could not be loaded (the connection may be down). Your answer was not submitted and nothing was written; check the connection and reload the page.',
		'schedule-failed':
			'This card’s stored schedule is damaged, so its next review cannot be worked out (this is not a storage problem). Nothing was written; you can reset the card to start it over.'
	},
	seeStats: 'See your statistics'
};

export default en;
