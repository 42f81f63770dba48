// Questions of every kind in two decks, and cards to rank them by, for the quiz tests.
import { deckId, paragraphId, questionId, type DeckId } from '$lib/domain/ids';
import type { Question, QuestionKind, Source } from '$lib/domain/question';
import { newCard, type CardState } from '$lib/domain/scheduling/card';

export const deckA = deckId('deck-a');
export const deckB = deckId('deck-b');

const source: [Source] = [{ quote: '引文', location: { paragraphId: paragraphId('p1'), start: 0, end: 2 } }];
const text = (en: string) => ({ zh: `中${en}`, en });
const options = (count: number, correct: number[]) =>
	Array.from({ length: count }, (_, index) => ({
		...text(`option ${index}`),
		correct: correct.includes(index)
	}));

/** A question of the given kind. */
export function makeQuestion(id: string, deck: DeckId, kind: QuestionKind): Question {
	const base = {
		id: questionId(id),
		deckId: deck,
		prompt: text(`Question ${id}`),
		explanation: text('Explanation'),
		sources: source
	};
	switch (kind) {
		case 'flashcard':
			return { ...base, kind, answer: text('back') };
		case 'single-choice':
			return { ...base, kind, options: options(4, [1]) };
		case 'multiple-select':
			return { ...base, kind, options: options(5, [0, 3]) };
		case 'true-false':
			return { ...base, kind, answer: true };
		case 'cloze':
			return {
				...base,
				kind,
				prompt: { zh: '首都是____。', en: 'The capital is ____.' },
				answer: { zh: '阿斯塔納', en: 'Astana' },
				accepted: ['阿斯塔納', 'Astana']
			};
		case 'ordering':
			return { ...base, kind, items: ['a', 'b', 'c', 'd'].map(text) };
		case 'matching':
			return {
				...base,
				kind,
				pairs: ['x', 'y', 'z'].map((left) => ({ left: text(left), right: text(`${left}!`) }))
			};
	}
}

const kinds: QuestionKind[] = [
	'flashcard',
	'single-choice',
	'multiple-select',
	'true-false',
	'cloze',
	'ordering',
	'matching'
];

/** Deck A: three questions of every kind; deck B: two of every kind. 35 in all, in deck order. */
export const questions: Question[] = [
	...kinds.flatMap((kind) => [1, 2, 3].map((n) => makeQuestion(`a-${kind}-${n}`, deckA, kind))),
	...kinds.flatMap((kind) => [1, 2].map((n) => makeQuestion(`b-${kind}-${n}`, deckB, kind)))
];

export const questionsById = new Map<string, Question>(questions.map((question) => [question.id, question]));

export const nowMs = Date.parse('2025-09-05T08:00:00Z');
const dayMs = 86_400_000;

/** A studied card: reviewed `daysAgo` days ago with the given stability (days) and lapses. */
export function studiedCard(
	id: string,
	options: { stabilityDays: number; daysAgo: number; lapses?: number; deck?: DeckId }
): CardState {
	const lastReviewAtMs = nowMs - options.daysAgo * dayMs;
	return {
		...newCard(questionId(id), options.deck ?? deckA, lastReviewAtMs),
		phase: 'review',
		stability: options.stabilityDays,
		difficulty: 5,
		scheduledDays: Math.round(options.stabilityDays),
		reps: 3,
		lapses: options.lapses ?? 0,
		lastReviewAtMs,
		dueAtMs: lastReviewAtMs + options.stabilityDays * dayMs
	};
}
