import type { SourceLocation } from './article';
import type { ClaimId, DeckId, QuestionId } from './ids';
import type { Bilingual } from './language';

export const questionKinds = [
	'flashcard',
	'single-choice',
	'multiple-select',
	'true-false',
	'cloze',
	'ordering',
	'matching'
] as const;
export type QuestionKind = (typeof questionKinds)[number];

/**
 * How a question approaches its claim. Recall asks for what the article says; every other angle asks the
 * learner to reason with it: why, a contrast, a consequence, the evidence for a claim or the claim a piece of
 * evidence supports, a connection between two paragraphs, the argument applied to a new case, or who holds a view.
 */
export const questionAngles = [
	'recall',
	'why',
	'contrast',
	'consequence',
	'evidence-for-claim',
	'claim-from-evidence',
	'connect',
	'apply',
	'who-says'
] as const;
export type QuestionAngle = (typeof questionAngles)[number];

/** Every angle but recall is reasoning. */
export const isReasoningAngle = (angle: QuestionAngle) => angle !== 'recall';

/** A quote from the article and where the loader found it. */
export type Source = { quote: string; location: SourceLocation };

type QuestionBase = {
	id: QuestionId;
	deckId: DeckId;
	prompt: Bilingual;
	explanation: Bilingual;
	/** The first source is the sentence the question is anchored to; more follow when it draws on several. */
	sources: [Source, ...Source[]];
	/** The claim of the argument map the question serves, and how it approaches it (where the article has a map). */
	claimId?: ClaimId;
	angle?: QuestionAngle;
};

export type ChoiceOption = Bilingual & { correct: boolean };
export type MatchingPair = { left: Bilingual; right: Bilingual };

export type FlashcardQuestion = QuestionBase & { kind: 'flashcard'; answer: Bilingual };
export type SingleChoiceQuestion = QuestionBase & { kind: 'single-choice'; options: ChoiceOption[] };
export type MultipleSelectQuestion = QuestionBase & { kind: 'multiple-select'; options: ChoiceOption[] };
export type TrueFalseQuestion = QuestionBase & { kind: 'true-false'; answer: boolean };
export type ClozeQuestion = QuestionBase & {
	kind: 'cloze';
	/** The canonical answer shown to the learner. */
	answer: Bilingual;
	/** Every form a reader may type, including both canonical forms. */
	accepted: string[];
};
/** Items are stored in the correct order; the app shuffles them. */
export type OrderingQuestion = QuestionBase & { kind: 'ordering'; items: Bilingual[] };
export type MatchingQuestion = QuestionBase & { kind: 'matching'; pairs: MatchingPair[] };

export type Question =
	| FlashcardQuestion
	| SingleChoiceQuestion
	| MultipleSelectQuestion
	| TrueFalseQuestion
	| ClozeQuestion
	| OrderingQuestion
	| MatchingQuestion;

/** The marker of the blank in a cloze prompt. */
export const clozeBlank = '____';

export type Deck = {
	id: DeckId;
	order: number;
	title: Bilingual;
	description: Bilingual;
	questions: Question[];
};

/** Every text of a question a learner reads (prompt, options, answers, explanation), in both languages. */
export function questionTexts(question: Question): string[] {
	const pair = (text: Bilingual) => [text.zh, text.en];
	const common = [...pair(question.prompt), ...pair(question.explanation)];
	switch (question.kind) {
		case 'flashcard':
			return [...common, ...pair(question.answer)];
		case 'single-choice':
		case 'multiple-select':
			return [...common, ...question.options.flatMap(pair)];
		case 'true-false':
			return common;
		case 'cloze':
			return [...common, ...pair(question.answer), ...question.accepted];
		case 'ordering':
			return [...common, ...question.items.flatMap(pair)];
		case 'matching':
			return [...common, ...question.pairs.flatMap((p) => [...pair(p.left), ...pair(p.right)])];
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}
