import type { QuizMessages } from './types';

const en: QuizMessages = {
	builderTitle: 'Build a quiz',
	builderLead:
		'Choose decks, kinds of question and how many. Practice shows whether you were right after each answer; a test shows your results at the end.',
	decksLegend: 'Decks',
	allDecks: 'All decks',
	kindsLegend: 'Kinds of question',
	allKinds: 'All kinds',
	kindWithCount: (kind, count) => `${kind} (${count})`,
	countLabel: 'Number of questions',
	countHint: (available) => `${available} question${available === 1 ? '' : 's'} match your choices.`,
	pickLegend: 'Which questions',
	pick: { mixed: 'A random mix', 'weak-spots': 'My weak spots' },
	pickHint: {
		mixed: 'Spread evenly over the kinds you chose.',
		'weak-spots':
			'The questions you are least likely to remember now or have forgotten most often, then ones you have not studied.'
	},
	orderLegend: 'Order',
	order: { 'as-picked': 'In order', shuffled: 'Shuffled' },
	orderHint: {
		'as-picked': 'Deck order; with weak spots, the weakest first.',
		shuffled: 'Questions in random order.'
	},
	deckOrderHint: 'Deck order.',
	modeLegend: 'Mode',
	mode: { practice: 'Practice', test: 'Test' },
	modeHint: {
		practice: 'See whether you were right, the explanation and the source after each answer.',
		test: 'See your score and go over each question at the end.'
	},
	timeLegend: 'Time',
	timeLimitLabel: 'Set a time limit',
	timeLimitMinutesLabel: 'Time limit (minutes)',
	timeLimitHint: 'The quiz is handed in when time runs out; you are told when one minute is left.',
	buildSummary: (available, count) =>
		available === 0
			? 'No question matches your choices.'
			: `${available} question${available === 1 ? '' : 's'} match; this quiz will ask ${count}.`,
	startQuiz: 'Start the quiz',
	building: 'Preparing…',
	errorNoDecks: 'Choose at least one deck.',
	errorNoKinds: 'Choose at least one kind of question.',
	errorNoQuestions: 'No question matches these decks and kinds; choose more.',
	errorCount: (maximum) => `Enter a whole number of questions from 1 to ${maximum}.`,
	errorTimeLimit: (maximum) => `Enter a time limit of 1 to ${maximum} whole minutes.`,
	errorMemory:
		'Your progress could not be read, so your weak spots cannot be picked. Choose a random mix or try again.',
	historyLink: 'Past quizzes',
	unfinishedHeading: 'Unfinished quizzes',
	unfinishedItem: (answered, total, started) => `${answered} of ${total} answered, started ${started}`,
	discardQuiz: 'Discard',
	quizDiscarded: 'The unfinished quiz was discarded.',
	deleteAttempt: 'Delete this entry',
	attemptDeleted: 'The quiz entry was deleted.',
	undoCleanup: 'Undo',
	cleanupUndone: 'Undone.',
	cleanupFailed:
		'That could not be done (the quiz may have changed in another tab, or the browser’s storage is blocked); nothing was changed.',
	continueQuiz: 'Continue',

	takeTitle: 'Quiz',
	noQuiz: 'There is no quiz in this address.',
	buildQuiz: 'Build a quiz',
	linkError: {
		malformed:
			'This quiz link is damaged: part of it is missing or was changed. Copy the whole link again, or ask for it again.',
		checksum:
			'This quiz link is damaged: part of it is missing or was changed. Copy the whole link again, or ask for it again.',
		'unsupported-format':
			'This quiz link comes from a newer version of the app. Reload the page to update it, then open the link again.',
		'content-version':
			'This quiz was made for another version of the questions, so it cannot be taken here. Ask for a new link.'
	},
	catalogFailed: 'The questions could not be loaded. Check your connection and try again.',
	attemptNotFound: 'That attempt was not found; this is the latest attempt at this quiz.',

	progress: (position, total) => `Question ${position} of ${total}`,
	modeBadge: { practice: 'Practice', test: 'Test' },
	timeLeft: (clock) => `Time left ${clock}`,
	oneMinuteLeft: 'One minute left.',
	timeUp: 'Time is up: the quiz was handed in.',
	submitPractice: 'Check answer',
	submitTest: 'Submit answer',
	answerFirst: 'Answer the question first.',
	assessLegend: 'Did you know it?',
	assessKnew: 'I knew it',
	assessForgot: 'I did not know it',
	feedbackCorrect: 'Right!',
	feedbackNearMiss: 'Almost: very close, but counted wrong.',
	feedbackWrong: 'Not right.',
	feedbackKnew: 'You knew this one.',
	feedbackForgot: 'This one needs more practice.',
	nextQuestion: 'Next question',
	seeResults: 'See results',
	nextHint: 'Press Enter or Space to go on',
	finishNow: 'Hand in now',
	finishConfirm: 'Hand in the quiz now? Questions not answered count as wrong.',
	finishing: 'Handing in…',
	notice: {
		'save-failed':
			'This answer could not be saved (the browser’s storage may be full or blocked). Your earlier answers are safe and this one is still on screen: please try again.',
		'finish-failed':
			'Handing in could not be saved (the browser’s storage may be full or blocked). Your answers are safe: please try again.',
		'changed-elsewhere': 'This quiz was just answered in another tab; it now shows where it stands.',
		'not-reviewed':
			'Answer saved. It did not count as a review: this card’s stored schedule is damaged (not a storage problem).',
		resumed:
			'You had already started this quiz on this device: it goes on from your first unanswered question.',
		'open-failed':
			'Your answers cannot be saved yet: this quiz could not be opened from the browser’s storage. Nothing is lost from the screen: please try again.'
	},
	loadFailed: 'This quiz could not be opened from the browser’s storage.',
	tryAgain: 'Try again',

	resultsTitle: 'Results',
	score: (correct, total) => `${correct} of ${total} right`,
	scorePercent: (percent) => `${percent}%`,
	timeTaken: (duration) => `Time: ${duration}`,
	ended: {
		completed: 'Every question answered.',
		'time-up': 'Time ran out; the quiz was handed in.',
		stopped: 'Handed in early.'
	},
	takenOn: (date) => `Taken ${date}`,
	answersReviewed: (reviewed, total) =>
		reviewed === total
			? 'These answers were recorded as reviews for spaced repetition: wrong as Again, right as Good.'
			: `${reviewed} of these ${total} answers were on cards you are studying and were recorded as reviews (wrong as Again, right as Good); the others wait for the daily new cards.`,
	reviewHeading: 'Question by question',
	questionNumber: (position) => `Question ${position}`,
	yourAnswer: 'Your answer',
	notAnswered: 'Not answered (counted wrong)',
	selfAssessedKnew: 'You said you knew it.',
	selfAssessedForgot: 'You said you did not know it.',
	retryWrong: (count) => `Retry the ${count} wrong`,
	allCorrect: 'All right: nothing to retry!',
	scoreOnly: 'This test shows your score only; your teacher will go over the answers in class.',
	takeAgain: 'Take this quiz again',
	allAttempts: 'All past quizzes',
	anotherQuiz: 'Build another quiz',
	verdictRight: 'Right',
	verdictWrong: 'Wrong',

	historyTitle: 'Past quizzes',
	historyLead: 'Your attempts are stored only in this browser.',
	historyEmpty: 'No finished quizzes yet.',
	historyFailed: 'Your past quizzes could not be read.',
	attemptsHeading: 'Attempts',
	attemptSummary: (correct, total, percent) => `${correct} of ${total} right (${percent}%)`,
	classBadge: 'Class',
	viewResults: 'See results',
	trendsHeading: 'Trend by deck',
	trendsLead: (attempts) =>
		`For each deck, the share of its questions you got right in your last ${attempts} attempts.`,
	trendSummary: (percents, change) => {
		const list = percents.map((percent) => `${percent}%`).join(', ');
		if (change === null) return `One attempt so far: ${list}.`;
		const trend = change > 0 ? `up ${change} points` : change < 0 ? `down ${-change} points` : 'no change';
		return `Last ${percents.length}: ${list}; ${trend}.`;
	}
};

export default en;
