import type { QuizLinkProblem } from '$lib/domain/quiz/quiz-link';
import type { ResultCodeErrorReason, ResultGrade } from '$lib/domain/classroom/result-code';
import type { PaperSize } from '$lib/domain/classroom/worksheet';
import type { QuestionKind } from '$lib/domain/question';
import type { AfterHandInView, QuizMode } from '$lib/domain/quiz/spec';

/** Interface texts of classroom practice: the `classroom` section of Messages. Both languages fill every key. */

export type ClassroomMessages = {
	// The teacher's hub and the student's join page
	hubTitle: string;
	hubLead: string;
	/** The link to the editor, for questions on an article of the teacher's choice. */
	writeOwnQuestions: string;
	hubBuild: string;
	hubLinkHeading: string;
	hubLinkLead: string;
	hubQrLabel: string;
	copyLink: string;
	linkCopied: string;
	copyFailed: string;
	openAnswerKey: string;
	assignLinkHeading: string;
	assignLinkLead: string;
	newClassQuiz: string;
	studentPageTitle: string;
	handInLegend: string;
	afterHandIn: Record<AfterHandInView, string>;
	allowRetake: string;
	afterHandInRule: Record<AfterHandInView, string>;
	retakeAllowed: string;
	retakeNotAllowed: string;
	studentNameLabel: string;
	studentNameHint: string;
	studentStart: string;
	/** While the quiz's code downloads after Start (it loads only once the student shows they will take it). */
	quizLoading: string;
	/** The quiz's code did not download (offline, or a deploy replaced it); the form keeps the name. */
	quizLoadFailed: string;
	resultCodeHeading: string;
	resultCodeLead: string;
	resultCodeQrLabel: string;
	resultCodeFailed: string;

	// Opening a quiz link
	catalogUnavailable: string;
	linkProblemTitle: string;
	linkProblem: Record<QuizLinkProblem, string>;
	linkVersions: (linkVersion: string, appVersion: string) => string;
	modeName: Record<QuizMode, string>;
	/** duration is formatted ("20 min"), null for no limit. */
	timeLimit: (duration: string | null) => string;
	/** What to do with each kind of question, on a projector or on paper. */
	instruction: Record<QuestionKind, string>;
	blank: string;
	correctTag: string;
	answerLetters: (letters: string[]) => string;
	orderLetters: (letters: string[]) => string;

	// Projector
	projectorTitle: string;
	projectorRegion: string;
	joinTitle: string;
	joinLead: string;
	joinQrLabel: string;
	joinStartHint: string;
	slideJoin: string;
	questionOf: (number: number, count: number) => string;
	answerShown: string;
	sourceShown: string;
	countdownLabel: string;
	countdownNone: string;
	timerLabel: (seconds: number) => string;
	timeUp: string;
	start: string;
	previous: string;
	screenBlanked: string;
	unblank: string;
	revealAnswer: string;
	revealSource: string;
	nextQuestion: string;
	fullscreenEnter: string;
	fullscreenExit: string;
	fullscreenUnavailable: string;
	projectorKeys: { keys: string; action: string }[];
	projectorKeysHeading: string;
	endTitle: string;
	endLead: string;
	openResults: string;
	openWorksheet: string;
	openProjector: string;

	// Results
	resultsTitle: string;
	resultsLead: string;
	codesLabel: string;
	codesHint: string;
	scanStart: string;
	scanStop: string;
	scanning: string;
	scanned: (code: string) => string;
	scannedAgain: (code: string) => string;
	cameraView: string;
	cameraDenied: string;
	cameraUnavailable: string;
	cameraFailed: string;
	scannerLoadFailed: string;
	noCodesYet: string;
	classSummary: (students: number, averagePercent: number) => string;
	studentsHeading: string;
	lineColumn: string;
	studentColumn: string;
	scoreColumn: string;
	timeColumn: string;
	questionColumn: (number: number) => string;
	unnamedStudent: (number: number) => string;
	score: (score: number, maxScore: number) => string;
	percentCorrectRow: string;
	grade: Record<ResultGrade['kind'], { symbol: string; label: string }>;
	gradeLegend: string;
	hardestHeading: string;
	percentCorrect: (percent: number) => string;
	answeredOf: (answered: number, students: number) => string;
	problemsHeading: string;
	invalidHeading: string;
	invalidCode: (line: number, text: string) => string;
	invalidReason: Record<ResultCodeErrorReason, string>;
	duplicatesHeading: string;
	sameCode: (line: number, firstLine: number) => string;
	sameName: (name: string, lines: number[]) => string;
	sameDevice: (lines: number[], names: string[]) => string;
	sameDeviceFlag: string;
	downloadCsv: string;
	csvFileName: string;
	csvStudent: string;
	csvScore: string;
	csvMaxScore: string;
	csvElapsedSeconds: string;
	csvQuestion: (number: number, questionId: string) => string;
	csvPercentCorrect: string;
	csvGrade: Record<ResultGrade['kind'], string>;
	print: string;

	// Worksheet
	worksheetTitle: string;
	answerKeyTitle: string;
	studentSheet: string;
	answerKey: string;
	paperLabel: string;
	paperName: Record<PaperSize, string>;
	worksheetHint: string;
	nameLine: string;
	classLine: string;
	dateLine: string;
	/** decks is a formatted list of deck titles. */
	fromDecks: (decks: string) => string;
	quizId: (seed: string) => string;
	writeLetters: string;
	yourAnswer: string;
	keyAnswer: string;
	footer: (title: string) => string;

	// Assign
	assignTitle: string;
	assignLead: (count: number) => string;
	assignQuestionsHeading: string;
	assignButton: string;
	assigning: string;
	assigned: (added: number, already: number) => string;
	alreadyAssigned: string;
	assignNewFirst: string;
	startReview: string;
	assignFailed: string;

	// The teacher's saved classes
	classesHeading: string;
	buildHeading: string;
	classesLead: string;
	classesEmpty: string;
	archivedHeading: (count: number) => string;
	/** date is formatted; count of questions. */
	classFacts: (date: string, count: number, mode: string) => string;
	codesPasted: (count: number) => string;
	rosterSize: (count: number) => string;
	roundCount: (count: number) => string;
	openClass: string;
	rename: string;
	renameLabel: string;
	save: string;
	cancel: string;
	duplicate: string;
	archive: string;
	restore: string;
	/** The title a new class gets; date is formatted. */
	defaultClassTitle: (date: string) => string;
	copyTitle: (title: string) => string;
	classSaved: string;
	classSaveFailed: string;
	classChangeFailed: string;
	classTitleOf: (title: string) => string;
	rosterLabel: string;
	rosterHint: string;
	notHandedInHeading: (count: number) => string;
	everyoneHandedIn: string;
	codesSavedWithClass: (title: string) => string;

	// Choosing the questions by hand, and the hub's preview
	chooseYourself: string;
	chooseYourselfHint: string;
	chooseLegend: string;
	chooseSearchLabel: string;
	chooseResultsLabel: string;
	chooseFound: (count: number) => string;
	chooseShowAll: (count: number) => string;
	choosePreview: string;
	chooseAdd: string;
	chosenMark: string;
	chosenHeading: (count: number) => string;
	chosenEmpty: string;
	chosenSummary: (count: number) => string;
	noneChosen: string;
	/** position is 1-based; prompt the question's text. */
	moveUp: (position: number, prompt: string) => string;
	moveDown: (position: number, prompt: string) => string;
	removeChosen: (position: number, prompt: string) => string;
	quizQuestionsHeading: (count: number) => string;

	// Rounds
	roundsHeading: string;
	roundLabel: (round: number) => string;
	thisRound: string;
	startRound: (round: number) => string;
	startRoundHint: string;
	startRoundFailed: string;
	roundsCompared: (before: number, after: number) => string;
	roundsNeedCodes: string;
	retained: string;
	forgotten: string;
	learned: string;
	stillMissed: string;
	/** counts of the class's answers between two rounds */
	retentionSummary: (retained: number, forgotten: number, learned: number, stillMissed: number) => string;
	roundsByQuestion: string;
	roundsByStudent: string;
	roundQuestionColumn: string;
	changeColumn: string;
	notInRound: string;
	nextRoundSuggestion: (date: string) => string;
	nextRoundHint: string;

	// Continuous scanning
	scanRowsHeading: (count: number) => string;
	scanNewRow: (name: string) => string;

	// The join page
	joinTopic: (decks: string) => string;
	classModeHint: Record<QuizMode, string>;
	/** the hub's heading over the teacher's pages when the student link is in the share panel */
	teacherPagesHeading: string;
};
