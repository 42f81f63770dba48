import type { Bilingual } from '../language';
import type { Deck, Question } from '../question';

// The inverse of deck.ts: a deck and its questions as plain data in the questions/ format (what a deck file or an
// article pack holds), which the shared rules read back to the same deck.

const bilingual = (text: Bilingual): Bilingual => ({ zh: text.zh, en: text.en });

/** How a text is written: both languages (a deck file), or as the editor writes a draft's (convert.ts). */
export type TextWriter = (text: Bilingual) => Record<string, unknown>;

/**
 * A question's fields as a deck file writes them: id, kind, claim and angle, prompt, its kind's fields, explanation,
 * source. Only the fields of the question's kind are read, so the editor writes its draft questions here too.
 */
export function rawQuestion(question: Question, text: TextWriter = bilingual): Record<string, unknown> {
	const head = {
		id: question.id as string,
		kind: question.kind,
		...(question.claimId !== undefined ? { claim: question.claimId as string } : {}),
		...(question.angle !== undefined ? { angle: question.angle } : {}),
		prompt: text(question.prompt)
	};
	const tail = {
		explanation: text(question.explanation),
		source: question.sources.length === 1 ? question.sources[0].quote : question.sources.map((s) => s.quote)
	};
	switch (question.kind) {
		case 'flashcard':
			return { ...head, answer: text(question.answer), ...tail };
		case 'single-choice':
		case 'multiple-select':
			return {
				...head,
				options: question.options.map((option) => ({
					...text(option),
					...(option.correct ? { correct: true } : {})
				})),
				...tail
			};
		case 'true-false':
			return { ...head, answer: question.answer, ...tail };
		case 'cloze':
			return { ...head, answer: text(question.answer), accepted: [...question.accepted], ...tail };
		case 'ordering':
			return { ...head, items: question.items.map(text), ...tail };
		case 'matching':
			return {
				...head,
				pairs: question.pairs.map((pair) => ({ left: text(pair.left), right: text(pair.right) })),
				...tail
			};
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/** A deck's fields as a deck file writes them. */
export function rawDeck(deck: Deck): Record<string, unknown> {
	return {
		id: deck.id as string,
		order: deck.order,
		title: bilingual(deck.title),
		description: bilingual(deck.description),
		questions: deck.questions.map((question) => rawQuestion(question))
	};
}
