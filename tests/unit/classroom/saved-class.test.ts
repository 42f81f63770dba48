import { describe, expect, it } from 'vitest';
import {
	cleanTitle,
	maxClassTitleLength,
	newSavedClass,
	notHandedIn,
	pastedLineCount,
	reseededToken,
	rosterFromText,
	roundOf
} from '$lib/domain/classroom/saved-class';
import { decodeQuizLink, encodeQuizLink } from '$lib/domain/quiz/quiz-link';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { questionId } from '$lib/domain/ids';

const catalog = { version: 'v1', questionIds: ['a', 'b', 'c', 'd'] };
const spec: QuizSpec = {
	contentVersion: 'v1',
	questionIds: ['c', 'a'].map(questionId),
	order: 'shuffled',
	seed: 'round1',
	mode: 'test',
	timeLimitSeconds: 600
};

describe('saved classes', () => {
	it('a new class has one round with its link and no codes', () => {
		const saved = newSavedClass('tok', ' Class\n7B ', 5);
		expect(saved).toEqual({
			title: 'Class 7B',
			createdAtMs: 5,
			archivedAtMs: 0,
			roster: [],
			rounds: [{ token: 'tok', startedAtMs: 5, codes: '' }],
			tokens: ['tok']
		});
		expect(roundOf(saved, 'tok')?.number).toBe(1);
		expect(roundOf(saved, 'other')).toBeUndefined();
	});

	it('titles are cut at the limit without splitting a character', () => {
		const long = '中'.repeat(maxClassTitleLength + 5);
		expect(Array.from(cleanTitle(long))).toHaveLength(maxClassTitleLength);
	});

	it('a reseeded link keeps questions, mode and time limit, with the new seed', () => {
		const token = encodeQuizLink(spec, catalog.questionIds);
		const next = reseededToken(token, catalog, 'round2');
		expect(next).not.toBe(token);
		expect(decodeQuizLink(next, catalog)).toEqual({ ...spec, seed: 'round2' });
	});

	it('counts the pasted lines that hold something', () => {
		expect(pastedLineCount('')).toBe(0);
		expect(pastedLineCount('A\n\n  \r\nB\rC')).toBe(3);
	});

	it('a pasted roster gives each name once, as a student\u2019s typed name would be cleaned', () => {
		expect(rosterFromText('Mei\n  Arman  Bek \nmei\n\n陳小明、王大文, ＡＲＭＡＮ bek')).toEqual([
			'Mei',
			'Arman Bek',
			'陳小明',
			'王大文'
		]);
	});

	it('the roster names no code carries are not handed in, whatever the case or width', () => {
		expect(notHandedIn(['Mei', 'Arman Bek', '陳小明'], ['arman  bek', 'ＭＥＩ', 'Someone else'])).toEqual([
			'陳小明'
		]);
		expect(notHandedIn([], ['Mei'])).toEqual([]);
	});
});
