import { describe, expect, it } from 'vitest';
import { matchesSearch, moveItem, searchWords, toggleChosen } from '$lib/domain/classroom/question-choice';
import { questionsById } from './fixtures';

describe('choosing questions by hand', () => {
	const cloze = questionsById.get('c-cloze')!;

	it('finds a question by words of either language or its id, whatever the case and width', () => {
		expect(matchesSearch(cloze, searchWords('  CAPITAL  '))).toBe(true);
		expect(matchesSearch(cloze, searchWords('首都 ａｓｔａｎａ'))).toBe(true);
		expect(matchesSearch(cloze, searchWords('c-cloze'))).toBe(true);
		expect(matchesSearch(cloze, searchWords('capital Paris'))).toBe(false);
		expect(matchesSearch(cloze, searchWords(''))).toBe(true);
	});

	it('moves a chosen question up or down one place, and not past either end', () => {
		expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
	});

	it('adds a question at the end and takes it out again', () => {
		expect(toggleChosen(['a'], 'b')).toEqual(['a', 'b']);
		expect(toggleChosen(['a', 'b'], 'a')).toEqual(['b']);
	});
});
