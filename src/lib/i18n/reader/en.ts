import type { ReaderMessages } from './types';

const en: ReaderMessages = {
	articleView: {
		legend: 'Show the article in',
		zh: 'Chinese',
		en: 'English',
		both: 'Both',
		loading: 'Loading the English translation…',
		failed: 'The English translation could not be loaded. Check your connection and try again.',
		retry: 'Try again'
	},
	readingAids: {
		ruby: 'Readings',
		loading: 'Loading readings and glosses…',
		failed: 'The readings and glosses could not be loaded. Check the connection and try again.',
		retry: 'Try again',
		lookUp: 'Look up words',
		lookUpHint:
			'Tap a word to see its reading, its English and the questions that use it. Keyboard: Tab into a paragraph, arrow keys move between words, Enter opens one.',
		close: 'Close',
		pinyin: 'Pinyin',
		zhuyin: 'Zhuyin',
		glosses: 'English',
		glossaryGloss: '(as the app’s glossary renders it)',
		credit: 'Glosses from CC-CEDICT (CC BY-SA 4.0)',
		questionsUsing: (count) => `Questions that use it (${count})`,
		noQuestions: 'No question uses this word.',
		showAll: (count) => `Show all ${count}`,
		wordOf: (word) => `Word: ${word}`
	}
};

export default en;
