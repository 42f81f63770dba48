import { beforeAll, describe, expect, it } from 'vitest';
import {
	createGrader,
	normalizeAnswer,
	parseNumber,
	type ChineseConverter,
	type Grade,
	type Grader
} from '$lib/domain/grading';
import OpenCC from 'opencc-js/t2cn';
import { gradeAnswer } from '$lib/platform/chinese-converter';
import { ResponseMismatchError } from '$lib/domain/response';
import {
	cloze,
	flashcard,
	matching,
	multipleSelect,
	ordering,
	singleChoice,
	trueFalse
} from './answer-fixtures';

let unifyScript: ChineseConverter;
let grader: Grader;

beforeAll(() => {
	// The full OpenCC converter: the reference the build-time script map is checked against
	// (tests/content/script-map.test.ts). The app itself no longer loads it.
	unifyScript = OpenCC.Converter({ from: 'tw', to: 'cn' });
	grader = createGrader(unifyScript);
});

const companies = ['2.4萬', '24000', '24,000'];
const putin = ['普京', '普丁', 'Putin', 'Vladimir Putin', '弗拉基米爾·普京'];
const kazakhstan = ['哈薩克', 'Kazakhstan'];
const uzbekistan = ['烏茲別克', 'Uzbekistan'];
const tokayev = ['托卡耶夫', 'Tokayev', 'Kassym-Jomart Tokayev'];
const sco = ['上海合作組織', 'Shanghai Cooperation Organisation', 'SCO'];
const loans = ['130億', '130億美元', '13,000,000,000', '13 billion'];
const migrants = ['110萬', '1,100,000', '1.1 million'];
const wordsLoans = ['一百三十億', '130億'];
const firms = ['3,000', '3000', '三千'];
const share = ['22%', '22％', '22 percent'];
const third = ['三分之一', '1/3', 'one third'];
const date = ['2025年6月17日', '2025-06-17', 'June 17, 2025'];
// The forms the decks list for a day without a year, a full date, a month, and a decade.
const summitStart = ['8月31日', 'August 31', '2025年8月31日'];
const cstoSummit = ['2024年11月28日', 'November 28, 2024'];
const secondSummit = ['2025年10月', 'October 2025'];
const putinReturn = ['2012年', '2012'];
const nineties = ['1990年代', 'the 1990s'];

type Row = [typed: string, accepted: string[], expected: Grade['kind'], nearTo?: string];

const table: Row[] = [
	// Numbers in every form a reader writes them.
	['2.4萬', companies, 'correct'],
	['24,000', companies, 'correct'],
	['24000', companies, 'correct'],
	['２４０００', companies, 'correct'],
	['24 000', companies, 'correct'],
	['2.4万', companies, 'correct'],
	['２．４萬', companies, 'correct'],
	[' 24000 ', companies, 'correct'],
	['24 thousand', companies, 'correct'],
	['130億', loans, 'correct'],
	['13000000000', loans, 'correct'],
	['130亿', loans, 'correct'],
	['110萬', migrants, 'correct'],
	['1100000', migrants, 'correct'],
	['110万', migrants, 'correct'],
	['3000', firms, 'correct'],
	['3,000', firms, 'correct'],
	['22%', share, 'correct'],
	['22％', share, 'correct'],
	// Names, with Simplified and Traditional treated alike.
	['普京', putin, 'correct'],
	['普丁', putin, 'correct'],
	['putin', putin, 'correct'],
	['Vladimir Putin', putin, 'correct'],
	['VLADIMIR PUTIN', putin, 'correct'],
	['vladimir  putin.', putin, 'correct'],
	['弗拉基米尔·普京', putin, 'correct'],
	['弗拉基米爾普京', putin, 'correct'],
	['哈萨克', kazakhstan, 'correct'],
	['哈薩克', kazakhstan, 'correct'],
	['乌兹别克', uzbekistan, 'correct'],
	['烏茲別克', uzbekistan, 'correct'],
	['上海合作组织', sco, 'correct'],
	// Punctuation and spacing do not matter.
	['「哈薩克」', kazakhstan, 'correct'],
	['（哈薩克）。', kazakhstan, 'correct'],
	['Kazakh-stan', kazakhstan, 'correct'],
	['Shanghai Cooperation Organisation!', sco, 'correct'],
	['Ｓ Ｃ Ｏ', sco, 'correct'],
	['2025/06/17', date, 'correct'],
	['2025 - 6 - 17', date, 'correct'],
	['1/3', third, 'correct'],
	// Dates in every common form, compared as dates.
	['31 Aug', summitStart, 'correct'],
	['Aug 31', summitStart, 'correct'],
	['aug. 31st', summitStart, 'correct'],
	['the 31st of August', summitStart, 'correct'],
	['8/31', summitStart, 'correct'],
	['31/8', summitStart, 'correct'],
	['八月三十一日', summitStart, 'correct'],
	['8月31號', summitStart, 'correct'],
	['2025-08-31', summitStart, 'correct'],
	['31 August 2025', summitStart, 'correct'],
	['Nov 28, 2024', cstoSummit, 'correct'],
	['28 Nov 2024', cstoSummit, 'correct'],
	['2024/11/28', cstoSummit, 'correct'],
	['28/11/2024', cstoSummit, 'correct'],
	['Oct 2025', secondSummit, 'correct'],
	['2025-10', secondSummit, 'correct'],
	['2025年10月份', secondSummit, 'correct'],
	['2012', putinReturn, 'correct'],
	['2012年', ['2012'], 'correct'],
	// Sums of money with or without the currency, in words or figures.
	['US$13 billion', loans, 'correct'],
	['$13bn', loans, 'correct'],
	['13bn', loans, 'correct'],
	['USD 13 billion', loans, 'correct'],
	['13 billion dollars', loans, 'correct'],
	['130亿美元', loans, 'correct'],
	['24k', companies, 'correct'],
	['1.1m', migrants, 'correct'],
	// A decade, however it is written.
	['1990s', nineties, 'correct'],
	["the 1990's", nineties, 'correct'],
	['90s', nineties, 'correct'],
	["'90s", nineties, 'correct'],
	['90年代', nineties, 'correct'],
	['九十年代', nineties, 'correct'],
	['九〇年代', nineties, 'correct'],
	['the nineties', nineties, 'correct'],
	// Near misses: a typo, never a different number.
	['Tokayevv', tokayev, 'near-miss', 'Tokayev'],
	['Kazakstan', kazakhstan, 'near-miss', 'Kazakhstan'],
	['Kassym Jomart Tokaev', tokayev, 'near-miss', 'Kassym-Jomart Tokayev'],
	['Shanghai Cooperation Organization', sco, 'near-miss', 'Shanghai Cooperation Organisation'],
	['Vladimir Puttin', putin, 'near-miss', 'Vladimir Putin'],
	// Wrong.
	['25000', companies, 'wrong'],
	['2.5萬', companies, 'wrong'],
	['2.4', companies, 'wrong'],
	['240000', companies, 'wrong'],
	['24萬', companies, 'wrong'],
	['2,400', companies, 'wrong'],
	['131億', loans, 'wrong'],
	// A different order of magnitude in Chinese numerals is wrong, not almost (regression: 萬 and 億 fold to 万, 亿).
	['一百三十萬', wordsLoans, 'wrong'],
	['23%', share, 'wrong'],
	['2025/6/18', date, 'wrong'],
	['13', third, 'wrong'],
	// A date, sum or decade with another value is wrong, never almost; a date must be as precise as the answer.
	['9月1日', summitStart, 'wrong'],
	['Sep 1', summitStart, 'wrong'],
	['1 Aug', summitStart, 'wrong'],
	['3/8', summitStart, 'wrong'],
	['Nov 28', cstoSummit, 'wrong'],
	['Nov 28, 2025', cstoSummit, 'wrong'],
	['Oct 2024', secondSummit, 'wrong'],
	['October', secondSummit, 'wrong'],
	['2014', putinReturn, 'wrong'],
	['$14bn', loans, 'wrong'],
	['1.3bn', loans, 'wrong'],
	['1980s', nineties, 'wrong'],
	['2090s', nineties, 'wrong'],
	['1990', nineties, 'wrong'],
	['', companies, 'wrong'],
	['   ', companies, 'wrong'],
	['。', companies, 'wrong'],
	['普', putin, 'wrong'],
	['Medvedev', putin, 'wrong'],
	['SCP', sco, 'wrong'],
	['烏茲別克', kazakhstan, 'wrong'],
	['Uzbekistan', kazakhstan, 'wrong']
];

describe('grading a typed (cloze) answer', () => {
	it.each(table)('%s for %j is %s', (typed, accepted, expected, nearTo) => {
		const grade = grader.grade(cloze(accepted), { kind: 'cloze', text: typed });
		expect(grade.kind).toBe(expected);
		if (grade.kind === 'near-miss') expect(grade.expected).toBe(nearTo);
	});

	it('reports the closest accepted form as the one it was near', () => {
		const grade = grader.grade(cloze(['Tadjikistan', 'Tajikistan']), { kind: 'cloze', text: 'Tajikistn' });
		expect(grade).toEqual({ kind: 'near-miss', expected: 'Tajikistan' });
	});

	it('allows no typo in short answers', () => {
		expect(grader.grade(cloze(['SCO', '上合']), { kind: 'cloze', text: 'SCP' }).kind).toBe('wrong');
		expect(grader.grade(cloze(['天津', 'Tianjin']), { kind: 'cloze', text: '天律' }).kind).toBe('wrong');
	});

	it('allows two typos only from eight characters up', () => {
		expect(grader.grade(cloze(tokayev), { kind: 'cloze', text: 'Tokaevv' }).kind).toBe('wrong');
		expect(grader.grade(cloze(kazakhstan), { kind: 'cloze', text: 'Kazakstann' }).kind).toBe('near-miss');
	});

	it('grades through gradeAnswer the same way', async () => {
		expect(await gradeAnswer(cloze(companies), { kind: 'cloze', text: '２４，０００' })).toEqual({
			kind: 'correct'
		});
	});
});

describe('normalizeAnswer', () => {
	it.each([
		['ＡＢＣ　１２３', 'abc123'],
		// Both scripts fold into one (Simplified), so either form a learner types compares equal.
		['哈萨克斯坦', '哈萨克斯坦'],
		['哈薩克斯坦', '哈萨克斯坦'],
		['「上海合作組織」（上合）。', '上海合作组织上合'],
		['Kassym-Jomart  Tokayev', 'kassymjomarttokayev'],
		['弗拉基米爾・普京', '弗拉基米尔普京'],
		['24,000', '24000'],
		['24 000', '24000'],
		['2.4萬', '2.4万'],
		['2.4万', '2.4万'],
		['2025-06-17', '2025/6/17'],
		['1/3', '1/3'],
		['three no’s', 'threenos'],
		['22%', '22'],
		['end.', 'end']
	])('%s → %s', (text, normalized) => {
		expect(normalizeAnswer(text, unifyScript)).toBe(normalized);
		expect(grader.normalizeAnswer(text)).toBe(normalized);
	});
});

describe('parseNumber', () => {
	it.each([
		['24000', 24000],
		['24,000', 24000],
		['24 000', 24000],
		['２４０００', 24000],
		['2.4萬', 24000],
		['2.4万', 24000],
		['130億', 13_000_000_000],
		['130亿', 13_000_000_000],
		['13,000,000,000', 13_000_000_000],
		['110萬', 1_100_000],
		['1,100,000', 1_100_000],
		['1.1 million', 1_100_000],
		['1.1萬', 11000],
		['3千', 3000],
		['3,000', 3000],
		['22%', 22],
		['22％', 22],
		['0.5', 0.5],
		['13bn', 13_000_000_000],
		['13 billion', 13_000_000_000],
		['24k', 24000],
		['1.1m', 1_100_000]
	])('%s is %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});

	it.each(['', '萬', '二萬四千', '24,00', '2.4.1', 'abc', '2012年', '1/3', '24000家'])(
		'%j is not a number',
		(text) => {
			expect(parseNumber(text)).toBeNull();
		}
	);
});

describe('grading chosen answers', () => {
	const plain = createGrader((text) => text);

	it('self-grades flashcards', () => {
		expect(plain.grade(flashcard, { kind: 'flashcard', revealed: true })).toEqual({ kind: 'self-graded' });
	});

	it('grades single choice by the option chosen', () => {
		expect(plain.grade(singleChoice, { kind: 'single-choice', selected: 0 })).toEqual({ kind: 'correct' });
		expect(plain.grade(singleChoice, { kind: 'single-choice', selected: 2 })).toEqual({ kind: 'wrong' });
		expect(plain.grade(singleChoice, { kind: 'single-choice', selected: null })).toEqual({ kind: 'wrong' });
	});

	it('grades true or false', () => {
		expect(plain.grade(trueFalse, { kind: 'true-false', answer: false })).toEqual({ kind: 'correct' });
		expect(plain.grade(trueFalse, { kind: 'true-false', answer: true })).toEqual({ kind: 'wrong' });
		expect(plain.grade(trueFalse, { kind: 'true-false', answer: null })).toEqual({ kind: 'wrong' });
	});

	// Options 0, 2 and 3 are correct; 1 and 4 are not.
	it.each<[number[], Grade]>([
		[[0, 2, 3], { kind: 'correct' }],
		[[3, 0, 2], { kind: 'correct' }],
		[[0, 2], { kind: 'wrong', partial: 2 / 3 }],
		[[0, 2, 3, 1], { kind: 'wrong', partial: 2 / 3 }],
		[[0, 1], { kind: 'wrong', partial: 0 }],
		[[1, 4], { kind: 'wrong', partial: 0 }],
		[[0, 1, 2, 3, 4], { kind: 'wrong', partial: 1 / 3 }],
		[[], { kind: 'wrong', partial: 0 }]
	])('multiple select %j is %j', (selected, grade) => {
		expect(plain.grade(multipleSelect, { kind: 'multiple-select', selected })).toEqual(grade);
	});

	it.each<[number[], Grade]>([
		[[0, 1, 2, 3, 4], { kind: 'correct' }],
		[[1, 0, 2, 3, 4], { kind: 'wrong', partial: 3 / 5 }],
		[[4, 3, 2, 1, 0], { kind: 'wrong', partial: 1 / 5 }],
		[[1, 2, 3, 4, 0], { kind: 'wrong', partial: 0 }]
	])('ordering %j is %j', (order, grade) => {
		expect(plain.grade(ordering, { kind: 'ordering', order })).toEqual(grade);
	});

	it.each<[(number | null)[], Grade]>([
		[[0, 1, 2, 3], { kind: 'correct' }],
		[[0, 1, 3, 2], { kind: 'wrong', partial: 2 / 4 }],
		[[0, 0, null, 3], { kind: 'wrong', partial: 2 / 4 }],
		[[null, null, null, null], { kind: 'wrong', partial: 0 }]
	])('matching %j is %j', (rightFor, grade) => {
		expect(plain.grade(matching, { kind: 'matching', rightFor })).toEqual(grade);
	});

	it('grades chosen answers through gradeAnswer without the converter', async () => {
		expect(await gradeAnswer(singleChoice, { kind: 'single-choice', selected: 0 })).toEqual({
			kind: 'correct'
		});
	});

	it('refuses a response of another kind, naming the question', () => {
		expect(() => plain.grade(singleChoice, { kind: 'true-false', answer: true })).toThrow(
			ResponseMismatchError
		);
		expect(() => plain.grade(cloze(companies), { kind: 'flashcard', revealed: true })).toThrow(/t-cloze/);
	});
});
