import { describe, expect, it } from 'vitest';
import {
	buildClassResults,
	classResultsCsv,
	type ClassResultsCsvLabels
} from '$lib/domain/classroom/class-results';
import {
	classroomQuiz,
	encodeResultCode,
	type ClassroomQuiz,
	type ResultAnswer
} from '$lib/domain/classroom/result-code';
import type { Question } from '$lib/domain/question';
import { correctAnswer, questionsById, specOf } from './fixtures';

// A small quiz, as picked: single-choice, true-false, cloze, flashcard.
const picked = ['c-single', 'c-true-false', 'c-cloze', 'c-flashcard'].map((id) => questionsById.get(id)!);
const quiz: ClassroomQuiz = classroomQuiz(
	{
		...specOf(
			'class',
			picked.map((question) => question.id)
		),
		order: 'as-picked'
	},
	questionsById
);

const wrongSingle: ResultAnswer = { kind: 'single-choice', selected: 0 };
const wrongTrueFalse: ResultAnswer = { kind: 'true-false', answer: true };
const nearMiss: ResultAnswer = { kind: 'cloze', grade: { kind: 'near-miss', expected: 'Astana' } };
const unanswered: ResultAnswer = { kind: 'unanswered' };
const right = picked.map(correctAnswer);

let nextDevice = 0;
/** A code from its own device unless a device tag is given. */
const code = (
	studentName: string,
	answers: ResultAnswer[],
	elapsedSeconds = 300,
	target = quiz,
	deviceTag: number | null = nextDevice++
) => encodeResultCode({ studentName, deviceTag, answers, elapsedSeconds }, target);

const alice = code('Alice', right); // 3 of 3
const bob = code('Bob', [wrongSingle, right[1]!, nearMiss, right[3]!]); // 1 of 3
const unnamed = code('', [right[0]!, wrongTrueFalse, unanswered, unanswered]); // 1 of 3
const chen = code('Chen, "Wei"', [right[0]!, right[1]!, right[2]!, unanswered]); // 3 of 3
const bobAgain = code('bob', [right[0]!, right[1]!, right[2]!, right[3]!]); // 3 of 3, same name, other code
const otherQuiz = classroomQuiz({ ...quiz.spec, seed: 'other' }, questionsById);
const fromOtherQuiz = code('Eve', right, 300, otherQuiz);
const typo = alice.slice(0, 6) + (alice[6] === 'X' ? 'Y' : 'X') + alice.slice(7);

const pasted = [
	alice, // 1
	'', // 2
	`${bob}, ${unnamed}`, // 3: two codes on a line
	chen.toLowerCase().replaceAll('-', ' '), // 4: one code typed in groups with spaces
	alice, // 5: the same code again
	typo, // 6
	`${fromOtherQuiz} ; not-a-code!`, // 7
	`  ${bobAgain} ` // 8
].join('\r\n');

const labels: ClassResultsCsvLabels = {
	student: 'Student',
	unnamedStudent: (number) => `Student ${number}`,
	score: 'Score',
	maxScore: 'Out of',
	elapsedSeconds: 'Seconds',
	question: (position: number, question: Question) => `Q${position} ${question.id}`,
	percentCorrect: '% correct',
	grades: { correct: '1', wrong: '0', 'near-miss': '~', unanswered: '', 'self-graded': 'S' }
};

describe('class results', () => {
	const results = buildClassResults(pasted, quiz);

	it('makes one row per student, in paste order, with scores out of the scored questions', () => {
		expect(results.maxScore).toBe(3);
		expect(results.rows.map((row) => [row.line, row.number, row.studentName, row.score])).toEqual([
			[1, 1, 'Alice', 3],
			[3, 2, 'Bob', 1],
			[3, 3, '', 1],
			[4, 4, 'Chen, "Wei"', 3],
			[8, 5, 'bob', 3]
		]);
		expect(results.rows[1]!.grades).toEqual([
			{ kind: 'wrong' },
			{ kind: 'correct' },
			{ kind: 'near-miss', expected: 'Astana' },
			{ kind: 'self-graded' }
		]);
	});

	it('gives each question its percent correct, and lists the scored ones hardest first', () => {
		expect(
			results.questions.map((column) => [column.question.id, column.correctCount, column.percentCorrect])
		).toEqual([
			['c-single', 4, 80],
			['c-true-false', 4, 80],
			['c-cloze', 3, 60],
			['c-flashcard', 0, null]
		]);
		expect(results.questions[2]!.answeredCount).toBe(4);
		expect(results.hardestFirst.map((column) => column.question.id)).toEqual([
			'c-cloze',
			'c-single',
			'c-true-false'
		]);
	});

	it('counts a code pasted twice once, and reports one name on different codes without dropping either', () => {
		expect(results.duplicates).toEqual([
			{ kind: 'same-code', line: 5, firstLine: 1, code: alice },
			{ kind: 'same-name', studentName: 'Bob', lines: [3, 8] }
		]);
	});

	it('reports invalid codes with their line and reason', () => {
		expect(results.invalid.map(({ line, text, reason }) => ({ line, text, reason }))).toEqual([
			{ line: 6, text: typo, reason: 'checksum' },
			{ line: 7, text: fromOtherQuiz, reason: 'other-quiz' },
			{ line: 7, text: 'not-a-code!', reason: 'not-a-code' }
		]);
		expect(results.invalid[0]!.message).toMatch(/checksum/);
	});

	it('flags different codes from one device (under any names), never codes from other devices or without a tag', () => {
		const tablet = 900;
		const first = code('Lin', right, 300, quiz, tablet);
		const retake = code('', [wrongSingle, right[1]!, right[2]!, right[3]!], 300, quiz, tablet);
		const oldA = code('Old A', right, 300, quiz, null);
		const oldB = code('Old B', [wrongSingle, right[1]!, right[2]!, right[3]!], 300, quiz, null);
		const table = buildClassResults([alice, first, bob, retake, oldA, oldB].join('\n'), quiz);
		expect(table.rows).toHaveLength(6);
		expect(table.duplicates).toEqual([
			{ kind: 'same-device', lines: [2, 4], numbers: [2, 4], studentNames: ['Lin', ''] }
		]);
		expect(table.rows.map((row) => row.deviceTag)).toEqual([
			expect.any(Number),
			tablet,
			expect.any(Number),
			tablet,
			null,
			null
		]);
	});

	it('reads codes separated by spaces alone when each is a whole code', () => {
		const spaced = buildClassResults(`${alice} ${bob}\n${unnamed}`, quiz);
		expect(spaced.rows.map((row) => [row.line, row.studentName])).toEqual([
			[1, 'Alice'],
			[1, 'Bob'],
			[2, '']
		]);
		expect(spaced.invalid).toEqual([]);
	});

	it('gives an empty table for empty text', () => {
		const empty = buildClassResults(' \n\n', quiz);
		expect(empty.rows).toEqual([]);
		expect(empty.questions.every((column) => column.percentCorrect === null)).toBe(true);
		expect(empty.invalid).toEqual([]);
	});

	it('writes CSV with a byte order mark, CRLF lines and RFC 4180 quoting', () => {
		const csv = classResultsCsv(results, labels);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'Student,Score,Out of,Seconds,Q1 c-single,Q2 c-true-false,Q3 c-cloze,Q4 c-flashcard',
			'Alice,3,3,300,1,1,1,S',
			'Bob,1,3,300,0,1,~,S',
			'Student 3,1,3,300,1,0,,',
			'"Chen, ""Wei""",3,3,300,1,1,1,',
			'bob,3,3,300,1,1,1,S',
			'% correct,,,,80,80,60,',
			''
		]);
	});

	it('keeps Chinese names as they are and neutralizes names that a spreadsheet would run as formulas', () => {
		const names = ['王小明', '=HYPERLINK("http://x")', '+1', '@me', 'line\nbreak'];
		const table = buildClassResults(names.map((name) => code(name, right)).join('\n'), quiz);
		const cells = classResultsCsv(table, labels)
			.split('\r\n')
			.slice(1, -2)
			.map((line) => line.split(',')[0]);
		expect(cells).toEqual(['王小明', `"'=HYPERLINK(""http://x"")"`, "'+1", "'@me", 'line break']);
	});
});
