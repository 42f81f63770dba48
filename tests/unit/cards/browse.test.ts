import { describe, expect, it } from 'vitest';
import {
	browse,
	foldForSearch,
	noFilter,
	searchTextOf,
	statesOf,
	type BrowserEntry
} from '$lib/domain/cards/browse';
import { deckId, questionId } from '$lib/domain/ids';
import type { Question } from '$lib/domain/question';
import { newCard, type CardState } from '$lib/domain/scheduling/card';
import { scriptConverter } from '$lib/domain/script-map';
import { flashcard, singleChoice, trueFalse } from '../answer-fixtures';

const now = Date.parse('2025-09-05T08:00:00Z');
const day = 86_400_000;
// The few characters these tests fold, as the build's map would (content/script-map.server.ts).
const toSimplified = scriptConverter({ 薩: '萨', 題: '题', 說: '说' });

const studied = (id: string, fields: Partial<CardState> = {}): CardState => ({
	...newCard(questionId(id), deckId('test'), now - 10 * day),
	phase: 'review',
	stability: 5,
	difficulty: 5,
	reps: 3,
	lastReviewAtMs: now - 2 * day,
	dueAtMs: now + day,
	...fields
});

function entry(question: Question, position: number, card?: CardState, flagged = false): BrowserEntry {
	return { question, card, flagged, position, searchText: searchTextOf(question, toSimplified) };
}

const kazakh: Question = {
	...flashcard,
	id: questionId('kazakh'),
	deckId: deckId('other'),
	prompt: { zh: '哈薩克的首都在哪裡？', en: 'Where is the capital of Kazakhstan?' }
};

/** The recall each card's stability stands for here: enough to order by. */
const recall = (card: CardState) => card.stability / 100;
const context = { nowMs: now, recall, toSimplified };
const ids = (entries: BrowserEntry[]) => entries.map((item) => item.question.id);

describe('the card browser’s states', () => {
	it('counts a question never studied, and a card reset to new, as new', () => {
		expect([...statesOf(undefined, false, now)]).toEqual(['new']);
		expect([...statesOf(newCard(questionId('a'), deckId('d'), now), false, now)]).toEqual(['new']);
	});

	it('names every state a card is in at once, relearning as learning', () => {
		const card = studied('a', { phase: 'relearning', suspended: true, leech: true, buriedUntilMs: now + 1 });
		expect([...statesOf(card, true, now)].sort()).toEqual(
			['buried', 'flagged', 'leech', 'learning', 'suspended'].sort()
		);
	});

	it('is no longer buried once the time it was buried until has passed', () => {
		expect(statesOf(studied('a', { buriedUntilMs: now }), false, now).has('buried')).toBe(false);
	});
});

describe('search', () => {
	it('finds Traditional text from a Simplified query and from a Traditional one', () => {
		const entries = [entry(flashcard, 0), entry(kazakh, 1)];
		for (const query of ['哈萨克', '哈薩克'])
			expect(ids(browse(entries, { ...noFilter, query }, 'due', context)), query).toEqual(['kazakh']);
	});

	it('searches both languages, the quoted sentence and the id, ignoring case, width and extra spaces', () => {
		const entries = [entry(flashcard, 0), entry(kazakh, 1)];
		for (const query of ['KAZAKHSTAN', 'ｃａｐｉｔａｌ', '  capital   kazakhstan ', '首都', 'kazakh'])
			expect(ids(browse(entries, { ...noFilter, query }, 'due', context)), query).toEqual(['kazakh']);
		// The fixtures' quoted sentence is 引文: every question quotes it.
		expect(browse(entries, { ...noFilter, query: '引文' }, 'due', context)).toHaveLength(2);
	});

	it('needs every word of the query', () => {
		const entries = [entry(kazakh, 0)];
		expect(browse(entries, { ...noFilter, query: 'capital Uzbekistan' }, 'due', context)).toEqual([]);
	});

	it('folds as it is told', () => {
		expect(foldForSearch('解說 Ａ  B', toSimplified)).toBe('解说 a b');
		expect(foldForSearch('「反覆推拉」，卻“無效”？', (text) => text)).toBe('反覆推拉 卻 無效');
	});
});

describe('filters and sorting', () => {
	const entries = [
		entry(flashcard, 0),
		entry(singleChoice, 1, studied('t-single', { dueAtMs: now + 3 * day, stability: 50 })),
		entry(
			trueFalse,
			2,
			studied('t-true-false', { dueAtMs: now + day, stability: 90, suspended: true }),
			true
		),
		entry(kazakh, 3, studied('kazakh', { dueAtMs: now + 2 * day, stability: 10 }))
	];

	it('filter by deck, kind and state, together', () => {
		expect(ids(browse(entries, { ...noFilter, deckId: 'other' }, 'due', context))).toEqual(['kazakh']);
		expect(ids(browse(entries, { ...noFilter, kind: 'single-choice' }, 'due', context))).toEqual([
			't-single'
		]);
		expect(ids(browse(entries, { ...noFilter, state: 'suspended' }, 'due', context))).toEqual([
			't-true-false'
		]);
		expect(ids(browse(entries, { ...noFilter, state: 'flagged' }, 'due', context))).toEqual(['t-true-false']);
		expect(ids(browse(entries, { ...noFilter, state: 'new' }, 'due', context))).toEqual(['t-flashcard']);
		expect(browse(entries, { ...noFilter, deckId: 'other', kind: 'single-choice' }, 'due', context)).toEqual(
			[]
		);
	});

	it('sort by due date, soonest first, then unstudied cards in catalog order', () => {
		expect(ids(browse(entries, noFilter, 'due', context))).toEqual([
			't-true-false',
			'kazakh',
			't-single',
			't-flashcard'
		]);
	});

	it('sort by chance of recall, lowest first, then unstudied cards', () => {
		expect(ids(browse(entries, noFilter, 'retrievability', context))).toEqual([
			'kazakh',
			't-single',
			't-true-false',
			't-flashcard'
		]);
	});

	it('keep catalog order between cards with the same key, and leave the list given untouched', () => {
		const same = [entry(singleChoice, 1, studied('t-single')), entry(kazakh, 0, studied('kazakh'))];
		expect(ids(browse(same, noFilter, 'due', context))).toEqual(['kazakh', 't-single']);
		expect(ids(same)).toEqual(['t-single', 'kazakh']);
	});
});
