import type { Bilingual } from '../language';
import {
	clozeBlank,
	type ClozeQuestion,
	type FlashcardQuestion,
	type MatchingQuestion,
	type MultipleSelectQuestion,
	type OrderingQuestion,
	type SingleChoiceQuestion,
	type TrueFalseQuestion
} from '../question';
import type { QuizItem } from '../quiz/spec';
import { shuffledIndices } from '../random';

/*
 * A quiz item as the class sees it on a projector or on paper: options, ordering items and matching right sides
 * in the same seeded order as the students' answer controls (components/answers/* use letteredOptions and
 * letteredTexts below),
 * lettered A, B, C…, so "the answer is C" means the same thing on every screen and sheet.
 */

/** The letter of a 0-based position: A, B, C… */
export const letterOf = (position: number): string => String.fromCharCode(65 + position);

/** A text shown with its letter, and its index in the question's stored order. */
export type LetteredText = { letter: string; text: Bilingual; storedIndex: number };
/** A choice option as shown, with whether it is correct. */
export type LetteredOption = LetteredText & { correct: boolean };

/** A quiz item laid out for the class; `number` is its 1-based place in the quiz. */
export type PresentedItem = { number: number; seed: string } & (
	| { kind: 'flashcard'; question: FlashcardQuestion }
	| { kind: 'single-choice'; question: SingleChoiceQuestion; options: LetteredOption[] }
	| { kind: 'multiple-select'; question: MultipleSelectQuestion; options: LetteredOption[] }
	/** Always true then false, as the answer control shows them. */
	| { kind: 'true-false'; question: TrueFalseQuestion }
	| { kind: 'cloze'; question: ClozeQuestion }
	| {
			kind: 'ordering';
			question: OrderingQuestion;
			/** The items in the shuffled order shown. */
			items: LetteredText[];
			/** The letters in the correct order. */
			correctLetters: string[];
	  }
	| {
			kind: 'matching';
			question: MatchingQuestion;
			/** The right sides in the shuffled order shown; the left sides keep their stored order, numbered. */
			rights: LetteredText[];
			/** For each left side, the letter of its right side. */
			correctLetters: string[];
	  }
);

/** Lays out one quiz item (position is 0-based). */
export function presentItem({ question, seed }: QuizItem, position: number): PresentedItem {
	const base = { number: position + 1, seed };
	const lettered = (texts: readonly Bilingual[]) => letteredTexts(texts, seed);
	switch (question.kind) {
		case 'flashcard':
			return { ...base, kind: question.kind, question };
		case 'single-choice':
			return { ...base, kind: question.kind, question, options: letteredOptions(question, seed) };
		case 'multiple-select':
			return { ...base, kind: question.kind, question, options: letteredOptions(question, seed) };
		case 'true-false':
			return { ...base, kind: question.kind, question };
		case 'cloze':
			return { ...base, kind: question.kind, question };
		case 'ordering': {
			const items = lettered(question.items);
			return { ...base, kind: question.kind, question, items, correctLetters: lettersInStoredOrder(items) };
		}
		case 'matching': {
			const rights = lettered(question.pairs.map((pair) => pair.right));
			return { ...base, kind: question.kind, question, rights, correctLetters: lettersInStoredOrder(rights) };
		}
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/** Texts (ordering items, matching right sides) in their seeded shown order, lettered A, B, C… */
export function letteredTexts(texts: readonly Bilingual[], seed: string): LetteredText[] {
	return shuffledIndices(texts.length, seed).map((storedIndex, shown) => ({
		letter: letterOf(shown),
		text: texts[storedIndex]!,
		storedIndex
	}));
}

/** Every item of a quiz laid out, in quiz order. */
export const presentItems = (items: readonly QuizItem[]): PresentedItem[] => items.map(presentItem);

/** A choice question's options in the seeded order every screen and sheet shows them, lettered A, B, C… */
export function letteredOptions(question: SingleChoiceQuestion | MultipleSelectQuestion, seed: string) {
	return shuffledIndices(question.options.length, seed).map((storedIndex, shown): LetteredOption => ({
		letter: letterOf(shown),
		text: question.options[storedIndex]!,
		storedIndex,
		correct: question.options[storedIndex]!.correct
	}));
}

/** The letters of lettered texts sorted back into stored order, which is the correct order or pairing. */
const lettersInStoredOrder = (texts: readonly LetteredText[]) =>
	[...texts].sort((a, b) => a.storedIndex - b.storedIndex).map((text) => text.letter);

/** The letters of the correct answer, for an answer key or a reveal: ["B"], ["A", "C"], ["C", "A", "B"]… */
export function correctLetters(item: PresentedItem): string[] {
	switch (item.kind) {
		case 'single-choice':
		case 'multiple-select':
			return item.options.filter((option) => option.correct).map((option) => option.letter);
		case 'ordering':
		case 'matching':
			return item.correctLetters;
		case 'true-false':
			return [letterOf(item.question.answer ? 0 : 1)];
		case 'flashcard':
		case 'cloze':
			return [];
		default: {
			const unreachable: never = item;
			return unreachable;
		}
	}
}

/** A cloze prompt cut at its blank: the text before and after it (all of it before when there is none). */
export function splitAtBlank(prompt: string): [before: string, after: string] {
	const at = prompt.indexOf(clozeBlank);
	return at === -1 ? [prompt, ''] : [prompt.slice(0, at), prompt.slice(at + clozeBlank.length)];
}
