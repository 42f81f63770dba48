import type { LibraryMessages } from './types';

const en: LibraryMessages = {
	articlesHeading: 'Articles',
	builtInTitle: 'SCO & Central Asia (5 September 2025)',
	builtInNote: 'The article built into this app',
	articleFacts: ({ date, language, decks, questions }) =>
		`${date} · ${language} · ${decks} ${decks === 1 ? 'deck' : 'decks'} · ${questions} ${questions === 1 ? 'question' : 'questions'}`,
	languageNames: { 'zh-Hant': 'Traditional Chinese', 'zh-Hans': 'Simplified Chinese', en: 'English' },
	emptyLibrary:
		'No other articles on this device yet. Import an article pack file from your teacher, or write your own.',
	importLink: 'Import an article pack file',
	authorLink: 'Write your own article and questions',
	notOnDevice:
		'This article or deck is not on this device: it may have been removed, or the link came from another device.',
	noArticleId: 'This address names no article.',
	deckPageTitle: 'A deck',
	questionPageTitle: 'A question',
	noDeckId: 'This address names no deck.',
	noQuestionId: 'This address names no question.',
	questionNotOnDevice:
		'This question is not on this device: its article may have been removed, or the link came from another device.',
	fromArticle: 'Article',
	backHome: 'Back to the home page',
	loadFailed: 'The articles on this device could not be read.',
	articleLabel: 'An article on this device',
	sourceLabel: 'Source: ',
	addedFrom: { file: 'Imported from a file', link: 'From a class link', editor: 'Written in the editor' },
	paragraphsHeading: 'The article',
	paragraphLabel: (number) => `Paragraph ${number}`,
	decksHeading: 'Decks',
	questionCount: (count) => `${count} ${count === 1 ? 'question' : 'questions'}`,
	reviewDeck: 'Review',
	reviewArticle: 'Review every question of this article',
	quizLink: 'Quiz',
	reviewDeckLabel: (deck) => `Review: ${deck}`,
	quizDeckLabel: (deck) => `Quiz: ${deck}`,
	removeHeading: 'Remove',
	removeButton: 'Remove from this device',
	removeExplain:
		'Once removed, the article and its questions leave review and quizzes. Your progress on them stays on this device: import the same article again and it comes back; “Reset progress” in the settings clears it.',
	removeConfirm: (title) => `Remove “${title}”?`,
	removeCancel: 'Cancel',
	removeFailed: 'It could not be removed: the browser refused to save. Nothing was changed.',
	removed: (title) => `“${title}” was removed.`,
	importTitle: 'Import an article pack',
	importLead:
		'Choose the article pack file (.json) your teacher gave you. You see what it holds before anything is imported; a file with problems changes nothing.',
	chooseFile: 'Choose a file',
	reading: 'Reading…',
	previewHeading: 'What the file holds',
	previewFacts: ({ paragraphs, decks, questions }) =>
		`${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'} · ${decks} ${decks === 1 ? 'deck' : 'decks'} · ${questions} ${questions === 1 ? 'question' : 'questions'}`,
	kindCount: (kind, count) => `${kindNames[kind]} ${count}`,
	replaces: (title) =>
		`This article is already on this device (“${title}”): importing replaces it, and unchanged questions keep their progress.`,
	importButton: 'Import',
	importing: 'Importing…',
	chooseAnother: 'Choose another file',
	imported: (title) => `“${title}” was imported.`,
	openArticle: 'Open the article',
	problemsHeading: (count) =>
		`This file has ${count} ${count === 1 ? 'problem' : 'problems'} and cannot be imported:`,
	problemsNothingChanged: 'Nothing was changed.',
	fileUnreadable: 'This file could not be read.',
	collision:
		'This pack’s question ids collide with other content on this device, so it cannot be imported. Nothing was changed.',
	saveFailed: 'It could not be saved: the browser refused (its storage may be full). Nothing was changed.'
};

const kindNames = {
	flashcard: 'Flashcard',
	'single-choice': 'Single choice',
	'multiple-select': 'Multiple select',
	'true-false': 'True/false',
	cloze: 'Fill in the blank',
	ordering: 'Ordering',
	matching: 'Matching'
} as const;

export default en;
