import type { BackupProblem } from '$lib/data/backup';

/** Interface texts of the settings page and its backup panel: the `settings` section of Messages. */
/** One text for each setting on the settings page. */
type SettingTexts = Record<
	| 'desiredRetention'
	| 'newCardsPerDay'
	| 'maximumReviewsPerDay'
	| 'learningStepsMinutes'
	| 'relearningStepsMinutes'
	| 'dayStartHour'
	| 'maximumIntervalDays'
	| 'fuzz'
	| 'leechLapses'
	| 'quizAnswersReview'
	| 'quizAnswersStartNewCards',
	string
>;

export type SettingsMessages = {
	title: string;
	lead: string;
	saved: string;
	invalid: string;
	saveFailed: string;
	backupHeading: string;
	backupLead: string;
	downloadBackup: string;
	downloadReviewLog: string;
	restoreBackup: string;
	restoreConfirm: string;
	restoreDone: string;
	backupSaved: string;
	restoreFailed: Record<Exclude<BackupProblem, 'too-large'> | 'storage', string>;
	restoreTooLarge: (megabytes: number) => string;
	/** Where in the file the problem is (table, row and field), shown under the message. */
	restoreProblemAt: string;
	resetHeading: string;
	resetLead: string;
	resetStart: string;
	/** The word the learner types to confirm, in their language. */
	resetWord: string;
	resetTypeWord: (word: string) => string;
	resetConfirm: string;
	resetCancel: string;
	resetWrongWord: (word: string) => string;
	resetDone: (fileName: string) => string;
	resetBackupFailed: string;
	resetFailed: string;
	/** The fold that holds the settings most learners never need to touch. */
	advancedHeading: string;
	restoreDefaultsHeading: string;
	restoreDefaults: string;
	restoreDefaultsQuestion: string;
	restoreDefaultsConfirm: string;
	restoreDefaultsCancel: string;
	restoreDefaultsDone: string;
	labels: SettingTexts;
	hints: SettingTexts;
};
