import type { ClassroomMessages } from './types';

/** A name typed by a student, isolated from the text around it (the plain-text form of <bdi>). */
const isolated = (name: string) => `\u2068${name}\u2069`;

const join = (letters: string[], separator: string) => letters.join(separator);

const en: ClassroomMessages = {
	hubTitle: 'Class practice',
	hubLead:
		'Build a quiz; students answer on their own devices from a link or QR code, with nothing to install and no accounts. Their data stays on their devices until they hand you their result code.',
	writeOwnQuestions: 'Write your own questions on any article →',
	hubBuild: 'Create class quiz',
	hubLinkHeading: 'Link for students',
	hubLinkLead:
		'Project the link or the QR code. When students finish they get a result code; collect the codes and paste them into the results page.',
	hubQrLabel: 'QR code for students to join the quiz',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	copyFailed: 'Could not copy automatically; select the link and copy it.',
	openAnswerKey: 'Answer key (printable)',
	assignLinkHeading: 'Assign for practice',
	assignLinkLead: 'This link adds these questions to each student’s own review queue.',
	newClassQuiz: 'Create another quiz',
	studentPageTitle: 'Class quiz',
	handInLegend: 'After handing in',
	afterHandIn: {
		score: 'Students see their score only (you go over the answers)',
		review: 'Students see their score and each question with the right answer'
	},
	allowRetake: 'Allow a retake (one device may hand in again)',
	afterHandInRule: {
		score: 'After handing in you see your score only.',
		review: 'After handing in you see your score and each question reviewed.'
	},
	retakeAllowed: 'You may take it again.',
	retakeNotAllowed: 'You hand in once.',
	studentNameLabel: 'Your name (optional)',
	studentNameHint: 'Your name goes only into the result code you hand to your teacher; it is sent nowhere.',
	studentStart: 'Start',
	quizLoading: 'Loading the quiz…',
	quizLoadFailed:
		'The quiz could not be loaded (offline, or the app was just updated). Check your connection and try again; if it still fails, reload the page. Your name is kept.',
	resultCodeHeading: 'Your result code',
	resultCodeLead: 'Give this code to your teacher: read it out, write it down, or let them scan the QR code.',
	resultCodeQrLabel: 'QR code of the result code',
	resultCodeFailed: 'The result code could not be made; reload the page.',

	catalogUnavailable:
		'The questions could not be loaded (offline, and not yet saved on this device). Connect to the internet and try again.',
	linkProblemTitle: 'This quiz link cannot be opened',
	linkProblem: {
		missing:
			'This address has no quiz in it. Ask your teacher for the whole link (including the part after “#q=”).',
		malformed:
			'This link is damaged or incomplete: part of it may have been cut off when it was copied. Ask your teacher to send it again.',
		checksum:
			'This link was changed or cut short (its check digits do not match), so it cannot be trusted. Ask your teacher to send it again.',
		'unsupported-format':
			'This link was made by a newer version of the app. Reload the page to update; if that does not help, ask your teacher for a new link.',
		'content-version':
			'This link was made for another version of the questions, so it could show the wrong ones. Ask your teacher for a new link.'
	},
	linkVersions: (linkVersion, appVersion) =>
		`(Questions version in the link: ${linkVersion}; in this app: ${appVersion}.)`,
	modeName: { practice: 'Practice: feedback after each answer', test: 'Test: feedback at the end' },
	timeLimit: (duration) => (duration === null ? 'No time limit' : `Time limit: ${duration}`),
	instruction: {
		flashcard: 'Answer in your own words.',
		'single-choice': 'Choose one answer.',
		'multiple-select': 'Choose every correct answer.',
		'true-false': 'Is this statement true or false?',
		cloze: 'Fill in the blank.',
		ordering: 'Put the items in the right order.',
		matching: 'Match each item on the left with one on the right.'
	},
	blank: 'blank',
	correctTag: 'Correct answer',
	answerLetters: (letters) => join(letters, ', '),
	orderLetters: (letters) => join(letters, ' → '),

	projectorTitle: 'Projector',
	projectorRegion: 'Projected quiz',
	joinTitle: 'Join the quiz',
	joinLead:
		'Scan the QR code with a phone, or type the link on any device. No account needed: answers stay on each device.',
	joinQrLabel: 'QR code of the link students open to join the quiz',
	joinStartHint: 'Press → or Space to show the first question.',
	slideJoin: 'Join slide',
	questionOf: (number, count) => `Question ${number} of ${count}`,
	answerShown: 'Answer shown',
	sourceShown: 'Source in the article shown',
	countdownLabel: 'Countdown per question',
	countdownNone: 'None',
	timerLabel: (seconds) => `${seconds} seconds left`,
	timeUp: 'Time is up',
	start: 'Start',
	previous: 'Back',
	screenBlanked: 'Screen blanked',
	unblank: 'Show the screen',
	revealAnswer: 'Show answer',
	revealSource: 'Show source',
	nextQuestion: 'Next question',
	fullscreenEnter: 'Full screen',
	fullscreenExit: 'Exit full screen',
	fullscreenUnavailable: 'This browser cannot switch to full screen.',
	projectorKeysHeading: 'Keys',
	projectorKeys: [
		{ keys: '→ Space PageDown', action: 'next: the answer, the source, the next question' },
		{ keys: '← PageUp', action: 'back' },
		{ keys: 'B', action: 'blank / show the screen' },
		{ keys: 'F', action: 'full screen' },
		{ keys: 'Home End', action: 'first / last slide' }
	],
	endTitle: 'End of the quiz',
	endLead:
		'Ask the students for their result codes and paste or scan them on the results page to see the class table.',
	openResults: 'Open the results page',
	openWorksheet: 'Printable worksheet',
	openProjector: 'Projector',

	resultsTitle: 'Class results',
	resultsLead:
		'Paste the result codes your students see at the end of the quiz, one per line, or scan their QR codes. The codes are read on this device only and sent nowhere.',
	codesLabel: 'Result codes',
	codesHint: 'One code per line; codes separated by commas or spaces work too.',
	scanStart: 'Scan with the camera',
	scanStop: 'Turn the camera off',
	scanning: 'Point the camera at a student’s result QR code.',
	scanned: (code) => `Added ${code}`,
	scannedAgain: (code) => `Already in the list: ${code}`,
	cameraView: 'Camera view',
	cameraDenied: 'Permission to use the camera was refused. You can still paste the codes.',
	cameraUnavailable:
		'No camera can be used here (the camera needs an https or localhost address). You can still paste the codes.',
	cameraFailed: 'The camera could not be started. You can still paste the codes.',
	scannerLoadFailed: 'The QR code reader could not be loaded (offline?). You can still paste the codes.',
	noCodesYet: 'No codes yet. The class table appears as soon as you paste the first one.',
	classSummary: (students, averagePercent) =>
		`${students} ${students === 1 ? 'student' : 'students'}, ${averagePercent}% correct on average`,
	studentsHeading: 'Students',
	lineColumn: 'Line',
	studentColumn: 'Student',
	scoreColumn: 'Score',
	timeColumn: 'Time',
	questionColumn: (number) => `Q${number}`,
	unnamedStudent: (number) => `Student ${number}`,
	score: (score, maxScore) => `${score} / ${maxScore}`,
	percentCorrectRow: '% correct',
	grade: {
		correct: { symbol: '✓', label: 'correct' },
		wrong: { symbol: '✗', label: 'wrong' },
		'near-miss': { symbol: '≈', label: 'almost (counted wrong)' },
		'self-graded': { symbol: '–', label: 'flashcard, not scored' },
		unanswered: { symbol: '·', label: 'not answered' }
	},
	gradeLegend: 'Key',
	hardestHeading: 'Questions, hardest first',
	percentCorrect: (percent) => `${percent}% correct`,
	answeredOf: (answered, students) => `answered by ${answered} of ${students}`,
	problemsHeading: 'Codes to look at',
	invalidHeading: 'Invalid codes',
	invalidCode: (line, text) => `Line ${line}: ${text}`,
	invalidReason: {
		'not-a-code': 'this is not a result code (students get theirs on screen after handing in)',
		incomplete:
			"this code is incomplete: characters are missing at the end; compare it with the student's screen",
		checksum:
			'this code is damaged: its check characters do not match, so a character was mistyped or changed',
		'other-quiz': 'this code belongs to another quiz',
		'newer-format': 'this code comes from a newer version of the app: reload this page to update'
	},
	duplicatesHeading: 'Duplicates',
	sameCode: (line, firstLine) => `Line ${line} repeats the code on line ${firstLine}; it is counted once.`,
	sameName: (name, lines) =>
		`“${isolated(name)}” is on lines ${lines.join(', ')} with different codes; all are kept. Check whether two students share the name or one took the quiz twice.`,
	sameDevice: (lines, names) =>
		`Lines ${lines.join(', ')} (${names.map(isolated).join(', ')}) come from one device: a retake, or a device several students shared.`,
	sameDeviceFlag: 'same device',
	downloadCsv: 'Download CSV',
	csvFileName: 'class-results',
	csvStudent: 'Student',
	csvScore: 'Score',
	csvMaxScore: 'Out of',
	csvElapsedSeconds: 'Time (seconds)',
	csvQuestion: (number, questionId) => `Q${number} (${questionId})`,
	csvPercentCorrect: '% correct',
	csvGrade: {
		correct: 'correct',
		wrong: 'wrong',
		'near-miss': 'almost',
		'self-graded': 'self-graded',
		unanswered: 'unanswered'
	},
	print: 'Print',

	worksheetTitle: 'Worksheet',
	answerKeyTitle: 'Answer key',
	studentSheet: 'Student sheet',
	answerKey: 'Answer key with sources',
	paperLabel: 'Paper size',
	paperName: { a4: 'A4', letter: 'US Letter' },
	worksheetHint: 'Choose the paper size, then print. Buttons and links are left off the paper.',
	nameLine: 'Name',
	classLine: 'Class',
	dateLine: 'Date',
	fromDecks: (decks) => `Decks: ${decks}`,
	quizId: (seed) => `Quiz ${seed}`,
	writeLetters: 'Write the letters in order:',
	yourAnswer: 'Answer:',
	keyAnswer: 'Answer',
	footer: (title) => `${title} · SCO & Central Asia: Read and Learn`,

	assignTitle: 'Practice from your teacher',
	assignLead: (count) =>
		`Your teacher picked ${count} ${count === 1 ? 'question' : 'questions'} to practise. Adding them puts them first in your review queue on this device; nothing is sent anywhere.`,
	assignQuestionsHeading: 'The questions',
	assignButton: 'Add to my review queue',
	assigning: 'Adding…',
	assigned: (added, already) =>
		already === 0
			? `Added ${added} ${added === 1 ? 'question' : 'questions'}.`
			: `Added ${added}; ${already} ${already === 1 ? 'was' : 'were'} already there.`,
	alreadyAssigned: 'These questions are already in your review queue.',
	assignNewFirst:
		'Questions you have not studied yet come first, beyond the daily limit of new cards; those you have studied keep their schedule.',
	startReview: 'Start reviewing',
	assignFailed:
		'Could not save on this device. Check that the browser lets sites store data (private browsing may block it) and try again.',

	classesHeading: 'Your classes',
	buildHeading: 'Build a new class quiz',
	classesLead:
		'Every class quiz built in this browser is kept here (on this device only): reopen its link, results and worksheet at any time.',
	classesEmpty: 'No class quizzes yet. The first one you create appears here.',
	archivedHeading: (count) => `Archived (${count})`,
	classFacts: (date, count, mode) => `${date} · ${count} ${count === 1 ? 'question' : 'questions'} · ${mode}`,
	codesPasted: (count) => `${count} ${count === 1 ? 'code' : 'codes'} pasted`,
	rosterSize: (count) => `${count} on the class list`,
	roundCount: (count) => `round ${count}`,
	openClass: 'Open',
	rename: 'Rename',
	renameLabel: 'Name of the class quiz',
	save: 'Save',
	cancel: 'Cancel',
	duplicate: 'Duplicate',
	archive: 'Archive',
	restore: 'Restore',
	defaultClassTitle: (date) => `Class quiz ${date}`,
	copyTitle: (title) => `${title} (copy)`,
	classSaved: 'Saved to your classes.',
	classSaveFailed:
		'This class quiz could not be saved in this browser; its link still works, so copy it somewhere safe.',
	classChangeFailed: 'Could not save this change in this browser. Please try again.',
	classTitleOf: (title) => `Class quiz: ${title}`,
	rosterLabel: 'Class list (optional)',
	rosterHint:
		'One student name per line. The table then lists who has not handed in a code; the list stays on this device.',
	notHandedInHeading: (count) => `Not handed in yet (${count})`,
	everyoneHandedIn: 'Everyone on the class list has handed in.',
	codesSavedWithClass: (title) => `The codes are kept with “${title}” in this browser.`,
	chooseYourself: 'Choose them yourself',
	chooseYourselfHint: 'Search the questions, preview each one with its answer, and set their order.',
	chooseLegend: 'Choose the questions',
	chooseSearchLabel: 'Search the questions (either language)',
	chooseResultsLabel: 'Questions found',
	chooseFound: (count) => `${count} ${count === 1 ? 'question matches' : 'questions match'}.`,
	chooseShowAll: (count) => `Show all ${count}`,
	choosePreview: 'Preview with the answer',
	chooseAdd: 'Add',
	chosenMark: '✓ Added',
	chosenHeading: (count) => `Your quiz, in order (${count})`,
	chosenEmpty: 'No questions chosen yet: add some from the list above.',
	chosenSummary: (count) => `${count} ${count === 1 ? 'question' : 'questions'} chosen, asked in this order.`,
	noneChosen: 'Choose at least one question.',
	moveUp: (position, prompt) => `Move question ${position} up: ${prompt}`,
	moveDown: (position, prompt) => `Move question ${position} down: ${prompt}`,
	removeChosen: (position, prompt) => `Remove question ${position}: ${prompt}`,
	quizQuestionsHeading: (count) => `The questions (${count})`,

	roundsHeading: 'Rounds',
	roundLabel: (round) => `Round ${round}`,
	thisRound: 'this page',
	startRound: (round) => `Start round ${round}`,
	startRoundHint:
		'The same questions again with a new link and a new order, to see what the class kept. Its codes are kept apart from this round’s.',
	startRoundFailed: 'Could not start a new round in this browser. Please try again.',
	roundsCompared: (before, after) => `Round ${before} → round ${after}`,
	roundsNeedCodes: 'Paste the codes of two rounds to compare them.',
	retained: 'kept',
	forgotten: 'forgotten',
	learned: 'learned since',
	stillMissed: 'still missed',
	retentionSummary: (retained, forgotten, learned, stillMissed) =>
		`Answers of students in both rounds: ${retained} kept, ${forgotten} forgotten, ${learned} learned since, ${stillMissed} still missed.`,
	roundsByQuestion: 'By question (% correct)',
	roundsByStudent: 'By student (score)',
	roundQuestionColumn: 'Question',
	changeColumn: 'Kept / forgotten',
	notInRound: 'n/a',
	nextRoundSuggestion: (date) => `Suggested next round: ${date}`,
	nextRoundHint:
		'When about half of the class’s answers are due for review by the same memory model as Review (FSRS).',

	scanRowsHeading: (count) => `Scanned (${count})`,
	scanNewRow: (name) => `Added: ${name}`,

	joinTopic: (decks) => `Topic: ${decks}`,
	classModeHint: {
		practice: 'Students see whether they were right, the explanation and the source after each answer.',
		test: 'Students answer everything first; what they see after handing in is set below.'
	},
	teacherPagesHeading: 'Your pages for this quiz'
};

export default en;
