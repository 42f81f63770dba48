import { letteredOptions, letterOf } from './classroom/presented-item';
import type { Grade } from './grading';
import type { Bilingual } from './language';
import type { Question } from './question';

/**
 * What the learner is told about an answer, in one word: never two that contradict each other ("wrong, but 25%
 * right"). A multiple-select, ordering or matching answer with some parts right is "partly right" and still counts
 * as wrong in scores and scheduling.
 */
export type Verdict =
	| { kind: 'right' }
	| { kind: 'partly-right'; percent: number }
	| { kind: 'almost'; expected: string }
	| { kind: 'wrong' }
	| { kind: 'self-graded' };

/** The verdict on a grade; a share that rounds to 0 % is plain wrong, and one just under 1 never shows 100 %. */
export function verdictOf(grade: Grade): Verdict {
	switch (grade.kind) {
		case 'correct':
			return { kind: 'right' };
		case 'near-miss':
			return { kind: 'almost', expected: grade.expected };
		case 'self-graded':
			return { kind: 'self-graded' };
		case 'wrong': {
			const percent = Math.min(99, Math.round((grade.partial ?? 0) * 100));
			return percent > 0 ? { kind: 'partly-right', percent } : { kind: 'wrong' };
		}
		default: {
			const unreachable: never = grade;
			return unreachable;
		}
	}
}

/** One line of a right answer: the option's letter as shown, its text, and for a pair what it goes with. */
export type RightAnswerLine = { letter?: string; text: Bilingual; pairedWith?: Bilingual };

/**
 * A question's right answer as a card shows it after an answer: lines of text (with the letters the learner saw),
 * numbered for an order, and a typed answer's other accepted forms.
 */
export type CorrectAnswer = {
	kind: 'answer' | 'order' | 'pairs';
	lines: RightAnswerLine[];
	alsoAccepted: string[];
};

/** The right answer of a question shown with this seed (the seed fixes the option letters). */
export function correctAnswerOf(
	question: Question,
	seed: string,
	trueFalseLabels: { true: Bilingual; false: Bilingual }
): CorrectAnswer {
	const answer = (lines: RightAnswerLine[], alsoAccepted: string[] = []): CorrectAnswer => ({
		kind: 'answer',
		lines,
		alsoAccepted
	});
	switch (question.kind) {
		case 'flashcard':
			return answer([{ text: question.answer }]);
		case 'cloze': {
			const shown = new Set([question.answer.zh, question.answer.en]);
			return answer(
				[{ text: question.answer }],
				question.accepted.filter((accepted) => !shown.has(accepted))
			);
		}
		case 'single-choice':
		case 'multiple-select':
			return answer(
				letteredOptions(question, seed)
					.filter((option) => option.correct)
					.map((option) => ({ letter: option.letter, text: option.text }))
			);
		case 'true-false':
			return answer([
				{
					letter: letterOf(question.answer ? 0 : 1),
					text: question.answer ? trueFalseLabels.true : trueFalseLabels.false
				}
			]);
		case 'ordering':
			return { kind: 'order', lines: question.items.map((text) => ({ text })), alsoAccepted: [] };
		case 'matching':
			return {
				kind: 'pairs',
				lines: question.pairs.map((pair) => ({ text: pair.left, pairedWith: pair.right })),
				alsoAccepted: []
			};
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}
