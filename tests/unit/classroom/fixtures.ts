// Small questions of every kind and a quiz of them, for the classroom encoding tests.
import fc from 'fast-check';
import { allQuestions } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { deckId, paragraphId, questionId } from '$lib/domain/ids';
import type { Question, Source } from '$lib/domain/question';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { classroomQuiz, type ClassroomQuiz, type ResultAnswer } from '$lib/domain/classroom/result-code';
import { readContentFiles } from '../../content/read-files';

const base = (id: string) => ({
	id: questionId(id),
	deckId: deckId('test'),
	prompt: { zh: `題目 ${id}`, en: `Question ${id}` },
	explanation: { zh: '解說', en: 'Explanation' },
	sources: [{ quote: '引文', location: { paragraphId: paragraphId('p1'), start: 0, end: 2 } }] as [Source]
});
const text = (en: string) => ({ zh: `中${en}`, en });
const options = (count: number, correct: number[]) =>
	Array.from({ length: count }, (_, index) => ({
		...text(`option ${index}`),
		correct: correct.includes(index)
	}));

/** One question of each kind, some at the largest sizes the deck rules allow. */
export const questions: Question[] = [
	{ ...base('c-flashcard'), kind: 'flashcard', answer: text('back') },
	{ ...base('c-single'), kind: 'single-choice', options: options(4, [2]) },
	{ ...base('c-single-6'), kind: 'single-choice', options: options(6, [5]) },
	{ ...base('c-multiple'), kind: 'multiple-select', options: options(5, [0, 2, 3]) },
	{ ...base('c-multiple-8'), kind: 'multiple-select', options: options(8, [1, 7]) },
	{ ...base('c-true-false'), kind: 'true-false', answer: false },
	{
		...base('c-cloze'),
		kind: 'cloze',
		prompt: { zh: '首都是____。', en: 'The capital is ____.' },
		answer: { zh: '阿斯塔納', en: 'Astana' },
		accepted: ['阿斯塔納', 'Astana', '阿斯塔纳']
	},
	{ ...base('c-ordering'), kind: 'ordering', items: ['2001', '2012', '2014', '2022', '2025'].map(text) },
	{ ...base('c-ordering-7'), kind: 'ordering', items: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(text) },
	{
		...base('c-matching'),
		kind: 'matching',
		pairs: ['KZ', 'UZ', 'KG', 'TJ'].map((left) => ({ left: text(left), right: text(`${left} capital`) }))
	},
	{
		...base('c-matching-6'),
		kind: 'matching',
		pairs: ['a', 'b', 'c', 'd', 'e', 'f'].map((left) => ({ left: text(left), right: text(`${left}!`) }))
	}
];

export const questionsById = new Map<string, Question>(questions.map((question) => [question.id, question]));

/** A spec over the fixture questions; the seed changes the fingerprint and (shuffled) the order. */
export const specOf = (seed: string, ids = questions.map((question) => question.id)): QuizSpec => ({
	contentVersion: 'test1',
	questionIds: ids,
	order: 'shuffled',
	seed,
	mode: 'test',
	timeLimitSeconds: 600
});

/** The quiz over every fixture question, shuffled. */
export const quiz: ClassroomQuiz = classroomQuiz(specOf('fixture'), questionsById);

let catalog: ReturnType<typeof loadContent>['catalog'] | undefined;
/** The real catalog, as the build loads it (read once). */
export function realCatalog() {
	catalog ??= loadContent(readContentFiles()).catalog;
	return { catalog, questions: allQuestions(catalog) };
}

const index = (count: number) => fc.integer({ min: 0, max: count - 1 });

/** Any answer to a question, in the canonical form decoding gives back. */
export function answerArbitrary(question: Question): fc.Arbitrary<ResultAnswer> {
	const unanswered = fc.constant<ResultAnswer>({ kind: 'unanswered' });
	switch (question.kind) {
		case 'flashcard':
			return fc.oneof(unanswered, fc.constant<ResultAnswer>({ kind: 'flashcard', revealed: true }));
		case 'single-choice':
			return fc.oneof(
				unanswered,
				index(question.options.length).map((selected): ResultAnswer => ({ kind: 'single-choice', selected }))
			);
		case 'multiple-select':
			return fc.oneof(
				unanswered,
				fc
					.uniqueArray(index(question.options.length), { minLength: 1, maxLength: question.options.length })
					.map((selected): ResultAnswer => ({
						kind: 'multiple-select',
						selected: selected.sort((a, b) => a - b)
					}))
			);
		case 'true-false':
			return fc.oneof(
				unanswered,
				fc.boolean().map((answer): ResultAnswer => ({ kind: 'true-false', answer }))
			);
		case 'cloze':
			return fc.oneof(
				unanswered,
				fc.constant<ResultAnswer>({ kind: 'cloze', grade: { kind: 'correct' } }),
				fc.constant<ResultAnswer>({ kind: 'cloze', grade: { kind: 'wrong' } }),
				fc
					.constantFrom(...question.accepted)
					.map((expected): ResultAnswer => ({ kind: 'cloze', grade: { kind: 'near-miss', expected } }))
			);
		case 'ordering': {
			const count = question.items.length;
			return fc.oneof(
				unanswered,
				fc
					.shuffledSubarray(
						Array.from({ length: count }, (_, position) => position),
						{ minLength: count, maxLength: count }
					)
					.map((order): ResultAnswer => ({ kind: 'ordering', order }))
			);
		}
		case 'matching': {
			const count = question.pairs.length;
			return fc
				.array(fc.option(index(count), { nil: null }), { minLength: count, maxLength: count })
				.map((rightFor): ResultAnswer =>
					rightFor.every((right) => right === null) ? { kind: 'unanswered' } : { kind: 'matching', rightFor }
				);
		}
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/** Answers to every item of a quiz. */
export const answersArbitrary = (target: ClassroomQuiz) =>
	fc.tuple(...target.items.map(({ question }) => answerArbitrary(question)));

/** A correct answer to a question (the best an answer can be). */
export function correctAnswer(question: Question): ResultAnswer {
	switch (question.kind) {
		case 'flashcard':
			return { kind: 'flashcard', revealed: true };
		case 'single-choice':
			return { kind: 'single-choice', selected: question.options.findIndex((option) => option.correct) };
		case 'multiple-select':
			return {
				kind: 'multiple-select',
				selected: question.options.flatMap((option, position) => (option.correct ? [position] : []))
			};
		case 'true-false':
			return { kind: 'true-false', answer: question.answer };
		case 'cloze':
			return { kind: 'cloze', grade: { kind: 'correct' } };
		case 'ordering':
			return { kind: 'ordering', order: question.items.map((_, position) => position) };
		case 'matching':
			return { kind: 'matching', rightFor: question.pairs.map((_, position) => position) };
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}
