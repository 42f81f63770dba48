import type { Language } from '../language';
import type { Question } from '../question';

/** Words an export needs that are not in any question. */
export type ExportWords = { true: string; false: string };

/** A question's right answer as one line of text, in one language. */
export function answerText(question: Question, language: Language, words: ExportWords): string {
	switch (question.kind) {
		case 'flashcard':
		case 'cloze':
			return question.answer[language];
		case 'single-choice':
		case 'multiple-select':
			return question.options
				.filter((option) => option.correct)
				.map((option) => option[language])
				.join('; ');
		case 'true-false':
			return question.answer ? words.true : words.false;
		case 'ordering':
			return question.items.map((item) => item[language]).join(' → ');
		case 'matching':
			return question.pairs.map((pair) => `${pair.left[language]} — ${pair.right[language]}`).join('; ');
		default: {
			const never: never = question;
			throw new Error(`Unknown question kind ${JSON.stringify(never)}`);
		}
	}
}

/** The prompt as a learner reads it; a cloze keeps its blank. */
export const promptText = (question: Question, language: Language) => question.prompt[language];
