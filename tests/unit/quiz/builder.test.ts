import { describe, expect, it } from 'vitest';
import { questionKinds } from '$lib/domain/question';
import {
	buildQuizSpec,
	EmptyQuizError,
	selectQuestions,
	type LearnerMemory,
	type QuizSelection
} from '$lib/domain/quiz/builder';
import { newCard } from '$lib/domain/scheduling/card';
import { questionId } from '$lib/domain/ids';
import { deckA, deckB, nowMs, questions, questionsById, studiedCard } from './fixtures';

const everything: QuizSelection = { decks: 'all', kinds: questionKinds, count: 10, pick: 'mixed' };
const kindOf = (id: string) => questionsById.get(id)!.kind;
const deckOf = (id: string) => questionsById.get(id)!.deckId;

describe('selectQuestions: filters and count', () => {
	it('takes only the chosen decks', () => {
		const ids = selectQuestions({ ...everything, decks: [deckB], count: 100 }, questions, undefined, 's1');
		expect(ids).toHaveLength(questions.filter((question) => question.deckId === deckB).length);
		expect(ids.every((id) => deckOf(id) === deckB)).toBe(true);
	});

	it('takes only the chosen kinds', () => {
		const ids = selectQuestions(
			{ ...everything, kinds: ['cloze', 'matching'], count: 100 },
			questions,
			undefined,
			's1'
		);
		expect(ids).toHaveLength(
			questions.filter((question) => question.kind === 'cloze' || question.kind === 'matching').length
		);
		expect(new Set(ids.map(kindOf))).toEqual(new Set(['cloze', 'matching']));
	});

	it('asks exactly the number chosen, or every eligible question when fewer match', () => {
		expect(selectQuestions({ ...everything, count: 5 }, questions, undefined, 's1')).toHaveLength(5);
		const few = selectQuestions(
			{ ...everything, kinds: ['ordering'], count: 50 },
			questions,
			undefined,
			's1'
		);
		expect(few).toHaveLength(5);
		expect(new Set(few).size).toBe(5);
	});

	it('refuses a selection that matches nothing, naming it', () => {
		expect(() => selectQuestions({ ...everything, kinds: [] }, questions, undefined, 's1')).toThrow(
			EmptyQuizError
		);
		expect(() => selectQuestions({ ...everything, decks: [] }, questions, undefined, 's1')).toThrow(
			/decks \(none\)/
		);
	});
});

describe('selectQuestions: a random mix', () => {
	it('spreads the questions evenly over the chosen kinds', () => {
		const seven = selectQuestions({ ...everything, count: 7 }, questions, undefined, 'mix');
		expect(seven.map(kindOf).sort()).toEqual([...questionKinds].sort());
		const fourteen = selectQuestions({ ...everything, count: 14 }, questions, undefined, 'mix');
		for (const kind of questionKinds) expect(fourteen.filter((id) => kindOf(id) === kind)).toHaveLength(2);
	});

	it('keeps the decks’ own order, so "in order" reads like the deck', () => {
		const ids = selectQuestions({ ...everything, count: 12 }, questions, undefined, 'order');
		const positions = ids.map((id) => questions.findIndex((question) => question.id === id));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('picks the same questions for the same seed and other ones for another seed', () => {
		const pick = (seed: string) => selectQuestions({ ...everything, count: 10 }, questions, undefined, seed);
		expect(pick('same')).toEqual(pick('same'));
		const seeds = ['s1', 's2', 's3', 's4'];
		expect(new Set(seeds.map((seed) => pick(seed).join())).size).toBeGreaterThan(1);
	});
});

describe('selectQuestions: weak spots', () => {
	const memory = (cards: ReturnType<typeof studiedCard>[]): LearnerMemory => ({
		cards: new Map(cards.map((card) => [card.questionId, card])),
		nowMs,
		clockShiftMinutes: 480 - 240
	});
	const weakSpots: QuizSelection = { ...everything, pick: 'weak-spots' };

	it('ranks studied cards by recall now, lowest first, then by lapses, then unstudied ones', () => {
		const cards = memory([
			studiedCard('a-cloze-1', { stabilityDays: 100, daysAgo: 1 }), // almost certainly recalled
			studiedCard('a-cloze-2', { stabilityDays: 2, daysAgo: 20 }), // probably forgotten
			studiedCard('a-ordering-1', { stabilityDays: 10, daysAgo: 10, lapses: 1 }),
			studiedCard('a-matching-1', { stabilityDays: 10, daysAgo: 10, lapses: 4 }) // same recall, more lapses
		]);
		const ids = selectQuestions({ ...weakSpots, count: 5 }, questions, cards, 'weak');
		expect(ids.slice(0, 4)).toEqual(['a-cloze-2', 'a-matching-1', 'a-ordering-1', 'a-cloze-1']);
		// Then a question never studied.
		expect(cards.cards.has(ids[4]!)).toBe(false);
	});

	it('puts a card reset to new among the unstudied ones', () => {
		const reset = newCard(questionId('a-flashcard-1'), deckA, nowMs);
		const cards = memory([studiedCard('b-cloze-1', { stabilityDays: 50, daysAgo: 1, deck: deckB })]);
		const withReset: LearnerMemory = {
			...cards,
			cards: new Map([...cards.cards, [reset.questionId, reset]])
		};
		const ids = selectQuestions({ ...weakSpots, count: 1 }, questions, withReset, 'weak');
		expect(ids).toEqual(['b-cloze-1']);
	});

	it('breaks ties the same way for the same seed, and differently across seeds', () => {
		const pick = (seed: string) => selectQuestions({ ...weakSpots, count: 6 }, questions, memory([]), seed);
		expect(pick('tie')).toEqual(pick('tie'));
		expect(new Set(['t1', 't2', 't3', 't4'].map((seed) => pick(seed).join())).size).toBeGreaterThan(1);
	});

	it('honours the deck and kind filters', () => {
		const cards = memory([
			studiedCard('a-cloze-2', { stabilityDays: 2, daysAgo: 20 }),
			studiedCard('b-true-false-1', { stabilityDays: 2, daysAgo: 30, deck: deckB })
		]);
		const ids = selectQuestions(
			{ ...weakSpots, decks: [deckB], kinds: ['true-false'], count: 1 },
			questions,
			cards,
			'w'
		);
		expect(ids).toEqual(['b-true-false-1']);
	});
});

describe('buildQuizSpec', () => {
	it('carries the catalog version, the seed and the learner’s choices', () => {
		const spec = buildQuizSpec(
			{ ...everything, count: 3, order: 'as-picked', mode: 'test', timeLimitSeconds: 300 },
			{ version: 'v1', questions },
			undefined,
			'seed1'
		);
		expect(spec).toEqual({
			contentVersion: 'v1',
			questionIds: selectQuestions({ ...everything, count: 3 }, questions, undefined, 'seed1'),
			order: 'as-picked',
			seed: 'seed1',
			mode: 'test',
			timeLimitSeconds: 300
		});
	});
});
