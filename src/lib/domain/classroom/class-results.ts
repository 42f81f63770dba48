import type { Question } from '../question';
import {
	decodeResultCode,
	gradeResult,
	ResultCodeError,
	shortestResultCodeLength,
	type ClassroomQuiz,
	type ResultCodeErrorReason,
	type ResultGrade
} from './result-code';

/*
 * The teacher pastes (or scans) many result codes; this builds the class table.
 *
 * Reading the text: each line is split at commas, semicolons and tabs. A piece with spaces is several codes when
 * every word is long enough to be a whole code, and otherwise one code typed in groups ("ABCD EFGH …").
 *
 * Duplicates, decided so that nothing a student sent is silently lost or counted twice:
 * - the same code again (same student, same answers) is counted once; later copies are reported with the line of
 *   the first;
 * - the same name with different codes keeps every row (two students may share a name, or one retook the quiz)
 *   and is reported with all its lines, so the teacher decides. Unnamed students are never duplicates;
 * - different codes with the same device tag (one device handed in twice, under any names) keep every row and
 *   are reported with their lines and names: a retake, or a shared device. Codes made before device tags carry
 *   none and are never flagged.
 *
 * Scores count 'correct' grades only: a near miss or partial answer is wrong in scores (as grading.ts says), and
 * flashcards, graded by the learner, are not scored.
 */

/** One student's row, in the order the codes were pasted. */
export type StudentRow = {
	/** The 1-based line the code was on. */
	line: number;
	/** 1-based among the valid codes: "Student 3" when there is no name. */
	number: number;
	/** '' when the student gave none. */
	studentName: string;
	/** The device's tag; null for a code made before device tags. */
	deviceTag: number | null;
	code: string;
	elapsedSeconds: number;
	/** One per quiz item, in quiz order. */
	grades: ResultGrade[];
	/** How many questions are correct. */
	score: number;
};

/** One question's column, with how the class did on it. */
export type QuestionColumn = {
	/** 0-based position in the quiz. */
	position: number;
	question: Question;
	correctCount: number;
	answeredCount: number;
	/** 0–100 over every student; null for a flashcard or an empty class. */
	percentCorrect: number | null;
};

/** A pasted piece that is not a usable code. */
export type InvalidCode = { line: number; text: string; reason: ResultCodeErrorReason; message: string };

/** A code pasted twice, one name on several different codes, or several codes from one device. */
export type DuplicateReport =
	| { kind: 'same-code'; line: number; firstLine: number; code: string }
	| { kind: 'same-name'; studentName: string; lines: number[] }
	| { kind: 'same-device'; lines: number[]; numbers: number[]; studentNames: string[] };

/** The class table and what could not go in it. */
export type ClassResults = {
	rows: StudentRow[];
	/** In quiz order. */
	questions: QuestionColumn[];
	/** Scored questions, lowest percent correct first (ties in quiz order); flashcards left out. */
	hardestFirst: QuestionColumn[];
	/** The most a student can score: the quiz's questions that are not flashcards. */
	maxScore: number;
	duplicates: DuplicateReport[];
	invalid: InvalidCode[];
};

/** Words of the CSV, in the teacher's language. */
export type ClassResultsCsvLabels = {
	student: string;
	/** The name shown for a student who gave none, e.g. "Student 3". */
	unnamedStudent: (number: number) => string;
	score: string;
	maxScore: string;
	elapsedSeconds: string;
	/** The header of a question's column; position is 1-based. */
	question: (position: number, question: Question) => string;
	/** The first cell of the last row, which holds each question's percent correct. */
	percentCorrect: string;
	/** The cell of each grade. */
	grades: Record<ResultGrade['kind'], string>;
};

type Piece = { line: number; text: string };

/** The class table from a block of pasted codes (one per line, or separated by commas, semicolons or spaces). */
export function buildClassResults(text: string, quiz: ClassroomQuiz): ClassResults {
	const rows: StudentRow[] = [];
	const invalid: InvalidCode[] = [];
	const duplicates: DuplicateReport[] = [];
	const firstLineOfCode = new Map<string, number>();

	for (const piece of splitCodes(text, shortestResultCodeLength(quiz, 0))) {
		let decoded;
		try {
			decoded = decodeResultCode(piece.text, quiz);
		} catch (error) {
			if (!(error instanceof ResultCodeError)) throw error;
			invalid.push({ ...piece, reason: error.reason, message: error.message });
			continue;
		}
		const firstLine = firstLineOfCode.get(decoded.code);
		if (firstLine !== undefined) {
			duplicates.push({ kind: 'same-code', line: piece.line, firstLine, code: decoded.code });
			continue;
		}
		firstLineOfCode.set(decoded.code, piece.line);
		const grades = gradeResult(decoded, quiz);
		rows.push({
			line: piece.line,
			number: rows.length + 1,
			studentName: decoded.studentName,
			deviceTag: decoded.deviceTag,
			code: decoded.code,
			elapsedSeconds: decoded.elapsedSeconds,
			grades,
			score: grades.filter((grade) => grade.kind === 'correct').length
		});
	}

	const rowsByName = new Map<string, StudentRow[]>();
	for (const row of rows) {
		if (row.studentName === '') continue;
		const key = row.studentName.normalize('NFKC').toLowerCase();
		rowsByName.set(key, [...(rowsByName.get(key) ?? []), row]);
	}
	for (const named of rowsByName.values()) {
		if (named.length > 1)
			duplicates.push({
				kind: 'same-name',
				studentName: named[0]!.studentName,
				lines: named.map((r) => r.line)
			});
	}

	const rowsByDevice = new Map<number, StudentRow[]>();
	for (const row of rows) {
		if (row.deviceTag === null) continue;
		rowsByDevice.set(row.deviceTag, [...(rowsByDevice.get(row.deviceTag) ?? []), row]);
	}
	for (const sameDevice of rowsByDevice.values()) {
		if (sameDevice.length > 1)
			duplicates.push({
				kind: 'same-device',
				lines: sameDevice.map((row) => row.line),
				numbers: sameDevice.map((row) => row.number),
				studentNames: sameDevice.map((row) => row.studentName)
			});
	}

	const questions = quiz.items.map(({ question }, position): QuestionColumn => {
		const grades = rows.map((row) => row.grades[position]!);
		const correctCount = grades.filter((grade) => grade.kind === 'correct').length;
		const scored = question.kind !== 'flashcard' && rows.length > 0;
		return {
			position,
			question,
			correctCount,
			answeredCount: grades.filter((grade) => grade.kind !== 'unanswered').length,
			percentCorrect: scored ? (100 * correctCount) / rows.length : null
		};
	});
	const hardestFirst = questions
		.filter((column) => column.question.kind !== 'flashcard')
		.sort((a, b) => (a.percentCorrect ?? 0) - (b.percentCorrect ?? 0) || a.position - b.position);
	const maxScore = quiz.items.filter(({ question }) => question.kind !== 'flashcard').length;
	return { rows, questions, hardestFirst, maxScore, duplicates, invalid };
}

/** The class table as CSV (RFC 4180, CRLF) with a UTF-8 byte order mark so Excel shows Chinese names correctly. */
export function classResultsCsv(results: ClassResults, labels: ClassResultsCsvLabels): string {
	const header = [
		labels.student,
		labels.score,
		labels.maxScore,
		labels.elapsedSeconds,
		...results.questions.map((column) => labels.question(column.position + 1, column.question))
	];
	const studentLines = results.rows.map((row) => [
		row.studentName === '' ? labels.unnamedStudent(row.number) : row.studentName,
		String(row.score),
		String(results.maxScore),
		String(row.elapsedSeconds),
		...row.grades.map((grade) => labels.grades[grade.kind])
	]);
	const percentLine = [
		labels.percentCorrect,
		'',
		'',
		'',
		...results.questions.map((column) =>
			column.percentCorrect === null ? '' : String(Math.round(column.percentCorrect))
		)
	];
	const lines = [header, ...studentLines, percentLine].map((cells) => cells.map(csvCell).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const formulaStart = /^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/** One CSV field: quoted when it holds a comma, quote or line break (quotes doubled), and never a formula. */
function csvCell(value: string): string {
	// A name typed as "=HYPERLINK(…)" must stay text in the teacher's spreadsheet (CSV injection), also behind
	// spaces or invisible characters, and in the full-width forms spreadsheets accept too.
	const text = formulaStart.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Words shorter than a whole code are groups of one code typed with spaces. */
function splitCodes(text: string, minimumLength: number): Piece[] {
	return text.split(/\r\n|\r|\n/).flatMap((lineText, index) =>
		lineText
			.split(/[,;\t，；]/)
			.map((piece) => piece.trim())
			.filter((piece) => piece !== '')
			.flatMap((piece) => {
				const words = piece.split(/\s+/);
				const separate =
					words.length > 1 && words.every((word) => word.replace(/[-‐‑‒–—_.]/g, '').length >= minimumLength);
				return (separate ? words : [piece]).map((code) => ({ line: index + 1, text: code }));
			})
	);
}
