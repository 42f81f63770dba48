// Quizlet's import: one card per line, a tab between term and definition (its default separators). Terms and
// definitions are plain text on one line each.
import type { Language } from '../language';
import type { Deck } from '../question';
import { answerText, type ExportWords } from './answer-text';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A deck as Quizlet's term/definition import text: the prompt as the term, the right answer as the definition. */
export function quizletDeckText(deck: Deck, language: Language, words: ExportWords): string {
	return (
		deck.questions
			.map(
				(question) =>
					`${oneLine(question.prompt[language])}\t${oneLine(answerText(question, language, words))}`
			)
			.join('\n') + '\n'
	);
}
