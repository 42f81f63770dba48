// Names carried by result codes were shown as decoded: a bidi override in a name reversed the text around it in
// the class table, and zero-width characters made two codes of the same student look like two names (issue 10,
// item 5). The codes below were made by the app before the fix, which kept those characters.
import { describe, expect, it } from 'vitest';
import {
	buildClassResults,
	classResultsCsv,
	type ClassResultsCsvLabels
} from '$lib/domain/classroom/class-results';
import { decodeResultCode } from '$lib/domain/classroom/result-code';
import { quiz } from '../unit/classroom/fixtures';

const withOverride = '2JYC-T02B-1Q04-0Q0M-R1E0-01E1-RW8C-0G2R-03CE-3G00-0000-0000-0000';
const withZeroWidth = '2JKM-G02B-0MW3-Y080-BR10-1C20-0000-0000-0000-0';

describe('regression: names in result codes are cleaned like typed ones', () => {
	it('drops a right-to-left override from a decoded name', () => {
		expect(decodeResultCode(withOverride, quiz).studentName).toBe('exe.gnp Ann');
	});

	it('drops zero-width characters, so the same name is the same name', () => {
		expect(decodeResultCode(withZeroWidth, quiz).studentName).toBe('Bob');
		const table = buildClassResults(withZeroWidth, quiz);
		expect(table.rows[0]?.studentName).toBe('Bob');
	});
});

describe('regression: the CSV guard', () => {
	const labels: ClassResultsCsvLabels = {
		student: 'Student',
		unnamedStudent: (number) => `Student ${number}`,
		score: 'Score',
		maxScore: 'Out of',
		elapsedSeconds: 'Seconds',
		question: (position) => `Q${position}`,
		percentCorrect: '% correct',
		grades: { correct: '1', wrong: '0', 'near-miss': '~', 'self-graded': 'S', unanswered: '' }
	};
	// Cells a spreadsheet would still run as formulas: behind a space or an invisible character, or full-width.
	it.each([' =1+1', '\u200B=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '\t=1'])('keeps %j as text', (name) => {
		const table = buildClassResults(withZeroWidth, quiz);
		const csv = classResultsCsv({ ...table, rows: [{ ...table.rows[0]!, studentName: name }] }, labels);
		const nameCell = csv.split('\r\n')[1]!.split(',')[0]!;
		expect(nameCell.replace(/^"/, '')).toMatch(/^'/);
	});
});
