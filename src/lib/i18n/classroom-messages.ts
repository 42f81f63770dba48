import type { QuizLinkProblem } from '$lib/domain/quiz/quiz-link';
import type { ResultCodeErrorReason, ResultGrade } from '$lib/domain/classroom/result-code';
import type { PaperSize } from '$lib/domain/classroom/worksheet';
import type { Language } from '$lib/domain/language';
import type { QuestionKind } from '$lib/domain/question';
import type { QuizMode } from '$lib/domain/quiz/spec';

/** Interface texts of classroom practice: the `classroom` section of Messages. Both languages fill every key. */
/** A name typed by a student, isolated from the text around it (the plain-text form of <bdi>). */
const isolated = (name: string) => `\u2068${name}\u2069`;

export type ClassroomMessages = {
	navClass: string;

	// The teacher's hub and the student's join page
	hubTitle: string;
	hubLead: string;
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
	studentNameLabel: string;
	studentNameHint: string;
	studentStart: string;
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
	next: string;
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
};

const join = (letters: string[], separator: string) => letters.join(separator);

const zh: ClassroomMessages = {
	navClass: '課堂',
	hubTitle: '課堂練習',
	hubLead:
		'建立一份測驗，學生用連結或 QR 碼在自己的裝置上作答，不需安裝、不需帳號；學生的資料只留在自己的裝置上，直到他們把結果碼交給你。',
	hubBuild: '建立課堂測驗',
	hubLinkHeading: '學生連結',
	hubLinkLead: '把連結或 QR 碼投影出來。學生作答完會得到一組結果碼，請他們交給你，貼到結果頁。',
	hubQrLabel: '學生加入測驗的 QR 碼',
	copyLink: '複製連結',
	linkCopied: '已複製連結',
	copyFailed: '無法自動複製，請手動選取連結複製。',
	openAnswerKey: '答案卷（可列印）',
	assignLinkHeading: '指派練習',
	assignLinkLead: '這個連結會把這些題目加入學生自己的複習佇列。',
	newClassQuiz: '建立另一份測驗',
	studentPageTitle: '課堂測驗',
	studentNameLabel: '你的名字（可不填）',
	studentNameHint: '名字只會放進你交給老師的結果碼裡，不會傳到任何地方。',
	studentStart: '開始作答',
	resultCodeHeading: '你的結果碼',
	resultCodeLead: '把這組結果碼交給老師：唸出來、寫下來，或讓老師掃描 QR 碼。',
	resultCodeQrLabel: '結果碼的 QR 碼',
	resultCodeFailed: '無法產生結果碼，請重新載入這一頁。',

	catalogUnavailable: '無法載入題目（可能是離線了，而這部裝置還沒有存下題目）。請連上網路後再試一次。',
	linkProblemTitle: '無法打開這個測驗連結',
	linkProblem: {
		missing: '這個網址沒有附上測驗。請向老師索取完整的連結（包括「#q=」之後的部分）。',
		malformed: '這個連結已損壞或不完整，可能在複製時被截斷了。請老師再傳一次連結。',
		checksum: '這個連結被更改過或被截短了（檢查碼不符），所以無法信任。請老師再傳一次連結。',
		'unsupported-format':
			'這個連結由較新版本的程式建立。請重新整理頁面以更新；若仍不行，請向老師索取新的連結。',
		'content-version': '這個連結是為另一個版本的題目建立的，打開可能會出現錯誤的題目。請向老師索取新的連結。'
	},
	linkVersions: (linkVersion, appVersion) => `（連結的題目版本：${linkVersion}；本程式：${appVersion}）`,
	modeName: { practice: '練習模式：每題作答後顯示對錯', test: '測驗模式：最後才顯示成績' },
	timeLimit: (duration) => (duration === null ? '不限時' : `限時 ${duration}`),
	instruction: {
		flashcard: '用自己的話回答。',
		'single-choice': '選出一個答案。',
		'multiple-select': '選出所有正確的答案。',
		'true-false': '這句話是對還是錯？',
		cloze: '填入空格。',
		ordering: '把各項排成正確的順序。',
		matching: '為左邊每一項配上右邊的一項。'
	},
	blank: '空格',
	correctTag: '正確答案',
	answerLetters: (letters) => join(letters, '、'),
	orderLetters: (letters) => join(letters, ' → '),

	projectorTitle: '投影模式',
	projectorRegion: '投影畫面',
	joinTitle: '加入測驗',
	joinLead: '用手機掃描 QR 碼，或在任何裝置輸入下面的連結。不需帳號，答案只留在自己的裝置上。',
	joinQrLabel: '學生加入測驗用的連結 QR 碼',
	joinStartHint: '按 → 或空白鍵顯示第一題。',
	slideJoin: '加入測驗頁',
	questionOf: (number, count) => `第 ${number} 題，共 ${count} 題`,
	answerShown: '已顯示答案',
	sourceShown: '已顯示原文出處',
	countdownLabel: '每題倒數',
	countdownNone: '不倒數',
	timerLabel: (seconds) => `剩下 ${seconds} 秒`,
	timeUp: '時間到',
	start: '開始',
	previous: '上一頁',
	next: '下一頁',
	revealAnswer: '顯示答案',
	revealSource: '顯示出處',
	nextQuestion: '下一題',
	fullscreenEnter: '全螢幕',
	fullscreenExit: '離開全螢幕',
	fullscreenUnavailable: '這個瀏覽器無法切換全螢幕。',
	projectorKeysHeading: '按鍵',
	projectorKeys: [
		{ keys: '← →', action: '上一頁／下一頁' },
		{ keys: '空白鍵', action: '顯示答案，再顯示出處' },
		{ keys: 'F', action: '全螢幕' },
		{ keys: 'Home End', action: '第一頁／最後一頁' }
	],
	endTitle: '測驗結束',
	endLead: '請學生出示結果代碼，在成績頁貼上或掃描，就能看到全班的成績表。',
	openResults: '打開成績頁',
	openWorksheet: '列印工作紙',
	openProjector: '投影模式',

	resultsTitle: '全班成績',
	resultsLead:
		'貼上學生在測驗結束時看到的結果代碼，每行一個，或用鏡頭掃描他們的 QR 碼。代碼只在這部裝置上讀取，不會傳送到任何地方。',
	codesLabel: '結果代碼',
	codesHint: '每行一個代碼；代碼之間用逗號或空格分隔也可以。',
	scanStart: '用鏡頭掃描',
	scanStop: '關閉鏡頭',
	scanning: '把鏡頭對準學生的結果 QR 碼。',
	scanned: (code) => `已加入 ${code}`,
	scannedAgain: (code) => `已在清單中：${code}`,
	cameraView: '鏡頭畫面',
	cameraDenied: '鏡頭權限被拒絕了。你仍然可以貼上代碼。',
	cameraUnavailable: '這裡無法使用鏡頭（鏡頭需要 https 網址或本機網址）。你仍然可以貼上代碼。',
	cameraFailed: '無法啟動鏡頭。你仍然可以貼上代碼。',
	scannerLoadFailed: '無法載入 QR 碼讀取器（可能是離線了）。你仍然可以貼上代碼。',
	noCodesYet: '還沒有代碼。貼上第一個代碼後，成績表就會出現。',
	classSummary: (students, averagePercent) => `${students} 位學生，平均答對 ${averagePercent}%`,
	studentsHeading: '學生成績',
	lineColumn: '行',
	studentColumn: '學生',
	scoreColumn: '得分',
	timeColumn: '用時',
	questionColumn: (number) => `第${number}題`,
	unnamedStudent: (number) => `學生 ${number}`,
	score: (score, maxScore) => `${score} / ${maxScore}`,
	percentCorrectRow: '答對率',
	grade: {
		correct: { symbol: '✓', label: '答對' },
		wrong: { symbol: '✗', label: '答錯' },
		'near-miss': { symbol: '≈', label: '差一點（算答錯）' },
		'self-graded': { symbol: '–', label: '記憶卡，不計分' },
		unanswered: { symbol: '·', label: '未作答' }
	},
	gradeLegend: '圖例',
	hardestHeading: '題目（最難的在前）',
	percentCorrect: (percent) => `答對 ${percent}%`,
	answeredOf: (answered, students) => `${students} 人中 ${answered} 人作答`,
	problemsHeading: '需要查看的代碼',
	invalidHeading: '無效的代碼',
	invalidCode: (line, text) => `第 ${line} 行：${text}`,
	invalidReason: {
		malformed: '不是完整的結果代碼（有字元缺少、多出或不允許）',
		checksum: '檢查碼不符：有字元打錯或被更改了',
		'other-quiz': '這個代碼屬於另一個測驗'
	},
	duplicatesHeading: '重複',
	sameCode: (line, firstLine) => `第 ${line} 行與第 ${firstLine} 行的代碼相同，只計算一次。`,
	sameName: (name, lines) =>
		`「${isolated(name)}」出現在第 ${lines.join('、')} 行，代碼不同；全部保留。請確認是兩位同名學生，還是同一人做了兩次。`,
	downloadCsv: '下載 CSV',
	csvFileName: '全班成績',
	csvStudent: '學生',
	csvScore: '得分',
	csvMaxScore: '滿分',
	csvElapsedSeconds: '用時（秒）',
	csvQuestion: (number, questionId) => `第${number}題（${questionId}）`,
	csvPercentCorrect: '答對率（%）',
	csvGrade: {
		correct: '對',
		wrong: '錯',
		'near-miss': '差一點',
		'self-graded': '自評',
		unanswered: '未答'
	},
	print: '列印',

	worksheetTitle: '工作紙',
	answerKeyTitle: '答案',
	studentSheet: '學生工作紙',
	answerKey: '答案與出處',
	paperLabel: '紙張大小',
	paperName: { a4: 'A4', letter: 'Letter（美國信紙）' },
	worksheetHint: '選好紙張大小後列印；按鈕和連結不會印出來。',
	nameLine: '姓名',
	classLine: '班級',
	dateLine: '日期',
	fromDecks: (decks) => `題組：${decks}`,
	quizId: (seed) => `測驗編號 ${seed}`,
	writeLetters: '把字母依序寫在格內：',
	yourAnswer: '答：',
	keyAnswer: '答案',
	footer: (title) => `${title} · 上合與中亞：讀報學習`,

	assignTitle: '老師指定的練習',
	assignLead: (count) =>
		`老師選了 ${count} 題讓你練習。加入後，它們會排在這部裝置上複習佇列的最前面；不會傳送任何資料。`,
	assignQuestionsHeading: '題目',
	assignButton: '加入我的複習佇列',
	assigning: '加入中…',
	assigned: (added, already) =>
		already === 0 ? `已加入 ${added} 題。` : `已加入 ${added} 題；另外 ${already} 題之前已經加入過。`,
	alreadyAssigned: '這些題目已經在你的複習佇列裡了。',
	assignNewFirst: '還沒學過的題目會最先出現，不受每日新卡數量限制；學過的題目照原本的排程複習。',
	startReview: '開始複習',
	assignFailed: '無法在這部裝置上儲存。請確認瀏覽器允許網站儲存資料（無痕模式可能會阻擋），再試一次。',

	classesHeading: '我的班級測驗',
	buildHeading: '建立新的班級測驗',
	classesLead:
		'在這個瀏覽器建立的每一份班級測驗都存在這裡（只在這部裝置上），隨時可以重新打開連結、成績和學習單。',
	classesEmpty: '還沒有班級測驗。建立第一份後，它會出現在這裡。',
	archivedHeading: (count) => `已封存（${count}）`,
	classFacts: (date, count, mode) => `${date} · ${count} 題 · ${mode}`,
	codesPasted: (count) => `已貼上 ${count} 個代碼`,
	rosterSize: (count) => `名單 ${count} 人`,
	roundCount: (count) => `第 ${count} 輪`,
	openClass: '打開',
	rename: '重新命名',
	renameLabel: '班級測驗名稱',
	save: '儲存',
	cancel: '取消',
	duplicate: '複製',
	archive: '封存',
	restore: '還原',
	defaultClassTitle: (date) => `班級測驗 ${date}`,
	copyTitle: (title) => `${title}（副本）`,
	classSaved: '已存入「我的班級測驗」。',
	classSaveFailed: '這份班級測驗無法存在這個瀏覽器裡；連結仍然有效，請複製保存。',
	classChangeFailed: '無法在這個瀏覽器裡儲存這項變更，請再試一次。',
	classTitleOf: (title) => `班級測驗：${title}`,
	rosterLabel: '班級名單（可不填）',
	rosterHint: '每行一個學生姓名。成績表會列出還沒交代碼的人；名單只存在這部裝置上。',
	notHandedInHeading: (count) => `還沒交的學生（${count}）`,
	everyoneHandedIn: '名單上的每個人都交了。',
	codesSavedWithClass: (title) => `代碼會和「${title}」一起存在這個瀏覽器裡。`
};

const en: ClassroomMessages = {
	navClass: 'Class',
	hubTitle: 'Class practice',
	hubLead:
		'Build a quiz; students answer on their own devices from a link or QR code, with nothing to install and no accounts. Their data stays on their devices until they hand you their result code.',
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
	studentNameLabel: 'Your name (optional)',
	studentNameHint: 'Your name goes only into the result code you hand to your teacher; it is sent nowhere.',
	studentStart: 'Start',
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
	previous: 'Previous',
	next: 'Next',
	revealAnswer: 'Show answer',
	revealSource: 'Show source',
	nextQuestion: 'Next question',
	fullscreenEnter: 'Full screen',
	fullscreenExit: 'Exit full screen',
	fullscreenUnavailable: 'This browser cannot switch to full screen.',
	projectorKeysHeading: 'Keys',
	projectorKeys: [
		{ keys: '← →', action: 'previous / next slide' },
		{ keys: 'Space', action: 'show the answer, then the source' },
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
		malformed: 'not a complete result code (a character is missing, extra or not allowed)',
		checksum: 'its check characters do not match: a character was mistyped or changed',
		'other-quiz': 'this code belongs to another quiz'
	},
	duplicatesHeading: 'Duplicates',
	sameCode: (line, firstLine) => `Line ${line} repeats the code on line ${firstLine}; it is counted once.`,
	sameName: (name, lines) =>
		`“${isolated(name)}” is on lines ${lines.join(', ')} with different codes; all are kept. Check whether two students share the name or one took the quiz twice.`,
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
	codesSavedWithClass: (title) => `The codes are kept with “${title}” in this browser.`
};

export const classroomMessages: Record<Language, ClassroomMessages> = { zh, en };
