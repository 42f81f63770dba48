import { AppError } from './errors';
import type { Question, QuestionKind } from './question';
import { shuffledIndices } from './random';

/** What the learner has answered so far; indices always refer to the question's stored (unshuffled) order. */
export type Response =
	| { kind: 'flashcard'; revealed: boolean }
	/** Index into question.options. */
	| { kind: 'single-choice'; selected: number | null }
	/** Indices into question.options, in the order they were chosen. */
	| { kind: 'multiple-select'; selected: number[] }
	| { kind: 'true-false'; answer: boolean | null }
	| { kind: 'cloze'; text: string }
	/** Indices into question.items (stored order is the correct order), in the learner's order. */
	| { kind: 'ordering'; order: number[] }
	/** For each pair (its left side), the index of the pair whose right side the learner chose. */
	| { kind: 'matching'; rightFor: (number | null)[] };

/** The response to a question of one kind. */
export type ResponseFor<K extends QuestionKind> = Extract<Response, { kind: K }>;

/** Thrown when a response is given for a question of another kind: a programming error, not a learner's. */
export class ResponseMismatchError extends AppError<'response-mismatch'> {
	constructor(question: Question, response: Response) {
		super(
			'response-mismatch',
			`Question ${question.id} is ${question.kind} but the response is ${response.kind}`
		);
	}
}

/** The response before the learner does anything: nothing chosen, ordering items in seeded shuffled order. */
export function emptyResponse(question: Question, seed: string): Response {
	switch (question.kind) {
		case 'flashcard':
			return { kind: 'flashcard', revealed: false };
		case 'single-choice':
			return { kind: 'single-choice', selected: null };
		case 'multiple-select':
			return { kind: 'multiple-select', selected: [] };
		case 'true-false':
			return { kind: 'true-false', answer: null };
		case 'cloze':
			return { kind: 'cloze', text: '' };
		case 'ordering':
			return { kind: 'ordering', order: shuffledIndices(question.items.length, seed) };
		case 'matching':
			return { kind: 'matching', rightFor: question.pairs.map(() => null) };
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

const isIndexInto = (value: number | null, count: number): value is number =>
	value !== null && Number.isInteger(value) && value >= 0 && value < count;

const isPermutation = (order: number[], count: number) =>
	order.length === count &&
	new Set(order).size === count &&
	order.every((index) => isIndexInto(index, count));

/** Whether the response answers the question enough to be submitted (for a flashcard: the back was shown). */
export function isComplete(question: Question, response: Response): boolean {
	if (question.kind === 'flashcard' && response.kind === 'flashcard') return response.revealed;
	if (question.kind === 'single-choice' && response.kind === 'single-choice')
		return isIndexInto(response.selected, question.options.length);
	if (question.kind === 'multiple-select' && response.kind === 'multiple-select')
		return (
			response.selected.length > 0 &&
			response.selected.every((index) => isIndexInto(index, question.options.length))
		);
	if (question.kind === 'true-false' && response.kind === 'true-false') return response.answer !== null;
	if (question.kind === 'cloze' && response.kind === 'cloze') return response.text.trim() !== '';
	if (question.kind === 'ordering' && response.kind === 'ordering')
		return isPermutation(response.order, question.items.length);
	if (question.kind === 'matching' && response.kind === 'matching')
		return (
			response.rightFor.length === question.pairs.length &&
			response.rightFor.every((index) => isIndexInto(index, question.pairs.length))
		);
	return false;
}

/** The order with one item moved to a new position (0-based, clamped to the list); the input is untouched. */
export function moveItem(order: readonly number[], item: number, toPosition: number): number[] {
	const rest = order.filter((value) => value !== item);
	if (rest.length === order.length) return [...order];
	const position = Math.min(Math.max(0, toPosition), rest.length);
	return [...rest.slice(0, position), item, ...rest.slice(position)];
}
