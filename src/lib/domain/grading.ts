import { parseAmount, parseDate, parseDecade, sameDate, sameDecade } from './answer-forms';
import type { ClozeQuestion, Question } from './question';
import { ResponseMismatchError, type Response, type ResponseFor } from './response';

/** The verdict on one submitted response. */
export type Grade =
	/** Flashcards: the learner rates themselves. */
	| { kind: 'self-graded' }
	| { kind: 'correct' }
	/** A typed answer one or two letters off: wrong in scores, shown as "almost" with the form it was near. */
	| { kind: 'near-miss'; expected: string }
	/** partial: the fraction right (0..1) for multiple-select, ordering and matching. */
	| { kind: 'wrong'; partial?: number };

/**
 * Maps Chinese text to one script so Traditional and Simplified compare equal; other text passes through.
 * Both sides of a comparison go through it, so the direction does not matter.
 */
export type ChineseConverter = (text: string) => string;

/** Grades every kind of question; typed answers go through the converter it was made with. */
export type Grader = {
	grade(question: Question, response: Response): Grade;
	/** The form a typed text is compared in (see normalizeAnswer). */
	normalizeAnswer(text: string): string;
};

export { parseNumber } from './answer-forms';

const isDigit = (character: string | undefined) =>
	character !== undefined && character >= '0' && character <= '9';
// Kept between two digits: a decimal point (2.4萬), a fraction or date (1/3, 2025/6/17), a time (9:30).
const numberPunctuation = new Set(['.', '/', ':']);
const ignoredCharacter = /[\p{P}\p{Z}\p{Sk}\s~]/u;

/**
 * The form a typed answer is compared in: NFKC (full-width to half-width), one Chinese script, lower case,
 * without spaces or punctuation, thousands separators dropped and date separators unified (2025-06-17 → 2025/6/17).
 */
export function normalizeAnswer(text: string, unifyScript: ChineseConverter): string {
	const unified = unifyScript(text.normalize('NFKC'))
		.toLowerCase()
		.replace(/(\d)[,\s]+(?=\d)/g, '$1')
		.replace(/(\d)\s*[-/‐‑‒–—―−]\s*(?=\d)/g, '$1/')
		.replace(/\/0+(?=\d)/g, '/');
	const characters = Array.from(unified);
	return characters
		.filter((character, index) => {
			if (!ignoredCharacter.test(character)) return true;
			return (
				numberPunctuation.has(character) && isDigit(characters[index - 1]) && isDigit(characters[index + 1])
			);
		})
		.join('');
}

/** The edit distance (insertions, deletions, substitutions) between two strings, by code point. */
function levenshtein(a: string, b: string): number {
	const left = Array.from(a);
	const right = Array.from(b);
	let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
	for (let row = 1; row <= left.length; row++) {
		const current = [row];
		for (let column = 1; column <= right.length; column++) {
			const substitution = previous[column - 1]! + (left[row - 1] === right[column - 1] ? 0 : 1);
			current.push(Math.min(previous[column]! + 1, current[column - 1]! + 1, substitution));
		}
		previous = current;
	}
	return previous[right.length]!;
}

// The digits and Chinese numerals of a text: a near miss may fix a typo but never change a number. Both scripts'
// forms are listed, since the text has been through the converter (萬 → 万, 億 → 亿, 兩 → 两).
const numerals = (text: string) => text.replace(/[^0-9〇零一二兩两三四五六七八九十百千萬万億亿]/g, '');

const allowedTypos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** The values a typed text can stand for: an amount (a number, or US dollars), a date, a decade. */
function valueForms(text: string, unifyScript: ChineseConverter) {
	const plain = unifyScript(text.normalize('NFKC')).toLowerCase().trim();
	return { amount: parseAmount(plain), date: parseDate(plain), decade: parseDecade(plain) };
}

type ValueForms = ReturnType<typeof valueForms>;

/** Same or different when both texts are values of one kind; unknown when they are not comparable. */
function compareValues(typed: ValueForms, accepted: ValueForms): 'same' | 'different' | 'unknown' {
	let compared = false;
	if (typed.amount !== null && accepted.amount !== null) {
		if (typed.amount === accepted.amount) return 'same';
		compared = true;
	}
	if (typed.date && accepted.date) {
		if (sameDate(typed.date, accepted.date)) return 'same';
		compared = true;
	}
	if (typed.decade && accepted.decade) {
		if (sameDecade(typed.decade, accepted.decade)) return 'same';
		compared = true;
	}
	return compared ? 'different' : 'unknown';
}

function gradeCloze(question: ClozeQuestion, text: string, unifyScript: ChineseConverter): Grade {
	const typed = normalizeAnswer(text, unifyScript);
	if (typed === '') return { kind: 'wrong' };
	const typedForms = valueForms(text, unifyScript);
	let nearest: { form: string; distance: number } | undefined;
	for (const form of question.accepted) {
		const accepted = normalizeAnswer(form, unifyScript);
		if (accepted === '') continue;
		if (typed === accepted) return { kind: 'correct' };
		// A number, a sum, a date or a decade is right in any form with the same value, and never "almost".
		const verdict = compareValues(typedForms, valueForms(form, unifyScript));
		if (verdict === 'same') return { kind: 'correct' };
		if (verdict === 'different') continue;
		if (numerals(typed) !== numerals(accepted)) continue;
		const distance = levenshtein(typed, accepted);
		const allowed = allowedTypos(Array.from(accepted).length);
		if (distance <= allowed && (nearest === undefined || distance < nearest.distance)) {
			nearest = { form, distance };
		}
	}
	return nearest ? { kind: 'near-miss', expected: nearest.form } : { kind: 'wrong' };
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Right or wrong with the fraction right; the fraction of an empty question is 0 rather than NaN. */
const byFraction = (right: number, total: number): Grade =>
	right === total && total > 0
		? { kind: 'correct' }
		: { kind: 'wrong', partial: total > 0 ? right / total : 0 };

/** Grades every kind but cloze: no converter needed, so callers can grade without a script map. */
function gradeChosen(question: Exclude<Question, ClozeQuestion>, response: Response): Grade {
	switch (question.kind) {
		case 'flashcard':
			expectKind(question, response, 'flashcard');
			return { kind: 'self-graded' };
		case 'single-choice': {
			const { selected } = expectKind(question, response, 'single-choice');
			return selected !== null && question.options[selected]?.correct
				? { kind: 'correct' }
				: { kind: 'wrong' };
		}
		case 'multiple-select': {
			const chosen = new Set(expectKind(question, response, 'multiple-select').selected);
			const correctCount = question.options.filter((option) => option.correct).length;
			let right = 0;
			let wrong = 0;
			question.options.forEach((option, index) => {
				if (chosen.has(index)) {
					if (option.correct) right++;
					else wrong++;
				}
			});
			if (right === correctCount && wrong === 0) return { kind: 'correct' };
			return { kind: 'wrong', partial: correctCount > 0 ? clamp01((right - wrong) / correctCount) : 0 };
		}
		case 'true-false':
			return expectKind(question, response, 'true-false').answer === question.answer
				? { kind: 'correct' }
				: { kind: 'wrong' };
		case 'ordering': {
			const { order } = expectKind(question, response, 'ordering');
			const inPlace = question.items.filter((_, position) => order[position] === position).length;
			return byFraction(inPlace, question.items.length);
		}
		case 'matching': {
			const { rightFor } = expectKind(question, response, 'matching');
			const matched = question.pairs.filter((_, index) => rightFor[index] === index).length;
			return byFraction(matched, question.pairs.length);
		}
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

function expectKind<K extends Response['kind']>(
	question: Question,
	response: Response,
	kind: K
): ResponseFor<K> {
	if (response.kind !== kind) throw new ResponseMismatchError(question, response);
	return response as ResponseFor<K>;
}

/** A grader whose typed-answer comparison treats Simplified and Traditional alike through the given converter. */
export function createGrader(unifyScript: ChineseConverter): Grader {
	return {
		grade(question, response) {
			if (question.kind !== 'cloze') return gradeChosen(question, response);
			return gradeCloze(question, expectKind(question, response, 'cloze').text, unifyScript);
		},
		normalizeAnswer: (text) => normalizeAnswer(text, unifyScript)
	};
}
