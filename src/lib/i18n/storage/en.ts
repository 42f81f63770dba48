import type { StorageMessages } from './types';

const en: StorageMessages = {
	storageProblem: {
		missing:
			'This browser does not let the site store data (storage is switched off, or this is a restricted in-app browser), so your progress cannot be saved.',
		refused:
			'The browser refused to open the app’s storage (some private windows and settings do this), so your progress cannot be read or saved.',
		'no-answer':
			'The browser’s storage is not answering, so your progress cannot be read for now. Reloading the page usually helps.',
		blocked:
			'The app is open in another tab with an older version, which holds its storage. Close the app’s other tabs, then reload this page.',
		newer:
			'Your progress was saved by a newer version of the app. This page will not change it: reload to update the app.',
		replaced: 'Another tab updated the app to a new version. Reload this page to keep saving your progress.'
	},
	storageStillWorks:
		'You can still read the article and the questions and take quizzes, but answers will not be saved.',
	reloadPage: 'Reload'
};

export default en;
