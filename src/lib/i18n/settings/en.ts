import type { SettingsMessages } from './types';

const en: SettingsMessages = {
	title: 'Review settings',
	lead: 'Settings are stored only in this browser and take effect at once.',
	saved: 'Saved',
	invalid: 'That value is outside the allowed range and was not saved.',
	saveFailed: 'The browser could not save (its storage may be full or blocked); the setting is unchanged.',
	backupHeading: 'Backup and restore',
	backupLead:
		'Your progress lives only in this browser. Download a backup to restore it on another device or after clearing the browser. The review log can also be exported as CSV for the FSRS optimizer.',
	downloadBackup: 'Download backup',
	downloadReviewLog: 'Export review log (CSV)',
	restoreBackup: 'Restore from backup…',
	restoreConfirm:
		'Restoring replaces all progress in this browser with the backup. Continue? (Download a backup of the current progress first.)',
	restoreDone: 'Restored from the backup.',
	backupSaved: 'File downloaded.',
	restoreFailed: {
		'not-json': 'This file cannot be read (it is not JSON). Nothing was changed.',
		'not-a-backup': 'This file is not a backup of this app. Nothing was changed.',
		'newer-version': 'This backup comes from a newer version of the app; update first. Nothing was changed.',
		'invalid-record':
			'This backup is damaged or was edited: it holds an impossible value. Nothing was changed.',
		'duplicate-record':
			'This backup is damaged or was edited: the same record appears twice. Nothing was changed.',
		storage: 'The browser could not write (its storage may be full). Nothing was changed.'
	},
	restoreTooLarge: (megabytes) =>
		`This file is too large (over ${megabytes} MB) to be a backup of this app. Nothing was changed.`,
	restoreProblemAt: 'Where: ',
	resetHeading: 'Reset all progress',
	resetLead:
		'Deletes all study progress in this browser: the cards, the review log, the quiz history, assigned questions and flags. Your settings and the class quizzes you built stay. A backup downloads first, so “Restore from backup” above can bring everything back.',
	resetStart: 'Reset all progress…',
	resetWord: 'RESET',
	resetTypeWord: (word) => `Type ${word} to confirm`,
	resetConfirm: 'Download a backup and reset',
	resetCancel: 'Cancel',
	resetWrongWord: (word) => `That is not ${word}: nothing was changed.`,
	resetDone: (fileName) =>
		`All progress was reset. The backup made just before is downloaded as ${fileName}.`,
	resetBackupFailed: 'The backup could not be made first, so nothing was reset.',
	resetFailed: 'The reset could not be saved (the browser’s storage may be blocked); nothing was changed.',
	advancedHeading: 'Advanced',
	restoreDefaultsHeading: 'Default settings',
	restoreDefaults: 'Restore the default settings…',
	restoreDefaultsQuestion:
		'Put every review setting above back to its default? Your progress, your own FSRS parameters, the theme and the text size stay as they are.',
	restoreDefaultsConfirm: 'Restore the defaults',
	restoreDefaultsCancel: 'Cancel',
	restoreDefaultsDone: 'The review settings are back to their defaults.',
	labels: {
		desiredRetention: 'Desired retention',
		newCardsPerDay: 'New cards per day',
		maximumReviewsPerDay: 'Maximum reviews per day',
		learningStepsMinutes: 'Learning steps (minutes)',
		relearningStepsMinutes: 'Relearning steps (minutes)',
		dayStartHour: 'New day starts at (hour)',
		maximumIntervalDays: 'Maximum interval (days)',
		fuzz: 'Fuzz intervals',
		leechLapses: 'Leech threshold (lapses)',
		quizAnswersReview: 'Quiz answers count as reviews',
		quizAnswersStartNewCards: 'Quizzes may start new cards'
	},
	hints: {
		desiredRetention: '0.70 to 0.99. Higher means more frequent reviews.',
		newCardsPerDay: 'How many new cards to introduce each day.',
		maximumReviewsPerDay: 'How many due cards to review each day at most.',
		learningStepsMinutes: 'Separated by spaces, e.g. 1 10.',
		relearningStepsMinutes: 'Steps after a lapse, e.g. 10.',
		dayStartHour: '0 to 23; 4 AM by default.',
		maximumIntervalDays: '1 to 36500.',
		fuzz: 'Keeps cards learned together from always falling due together.',
		leechLapses: 'A card is flagged as a leech after this many lapses.',
		quizAnswersReview: 'A wrong answer counts as Again, a right one as Good.',
		quizAnswersStartNewCards:
			'Off (the default): a quiz counts only for cards already in study; cards not studied yet wait for the daily new cards instead of filling the learning queue at once.'
	}
};

export default en;
