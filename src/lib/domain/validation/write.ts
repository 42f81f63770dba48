import type { Bilingual } from '../language';
import type { Deck, Question } from '../question';

// The inverse of deck.ts: a deck and its questions as plain data in the questions/ format (what a deck file or an
// article pack holds), which the shared rules read back to the same deck.

const bilingual = (text: Bilingual): Bilingual => ({ zh: text.zh, en: text.en });

/** A question's fields as a deck file writes them: id, kind, claim and angle, prompt, its kind's fields, explanation, source. */
export function rawQuestion(question: Question): Record<string, unknown> {
	const head = {
		id: question.id as string,
		kind: question.kind,
		...(question.claimId !== undefined ? { claim: question.claimId as string } : {}),
		...(question.angle !== undefined ? { angle: question.angle } : {}),
		prompt: bilingual(question.prompt)
	};
	const tail = {
		explanation: bilingual(question.explanation),
		source: question.sources.length === 1 ? question.sources[0].quote : question.sources.map((s) => s.quote)
	};
	switch (question.kind) {
		case 'flashcard':
			return { ...head, answer: bilingual(question.answer), ...tail };
		case 'single-choice':
		case 'multiple-select':
			return {
				...head,
				options: question.options.map((option) => ({
					...bilingual(option),
					...(option.correct ? { correct: true } : {})
				})),
				...tail
			};
		case 'true-false':
			return { ...head, answer: question.answer, ...tail };
		case 'cloze':
			return { ...head, answer: bilingual(question.answer), accepted: [...question.accepted], ...tail };
		case 'ordering':
			return { ...head, items: question.items.map(bilingual), ...tail };
		case 'matching':
			return {
				...head,
				pairs: question.pairs.map((pair) => ({ left: bilingual(pair.left), right: bilingual(pair.right) })),
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
		questions: deck.questions.map(rawQuestion)
	};
}
