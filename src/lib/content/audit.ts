// Content-quality checks beyond the schema: coverage of the article, duplicates and balance.
// Each returns human-readable findings; an empty list means the decks pass.
import { questionTexts, type Deck, type Question } from '$lib/domain/question';
import { allQuestions, type Catalog } from './catalog';

/**
 * Body paragraphs that no question quotes. Captions are not required: quoting every caption pulled the decks
 * towards photo details (who stood where); a caption is quoted where it is evidence for a claim.
 */
export function uncoveredParagraphs(catalog: Catalog): string[] {
	const quoted = new Set(
		allQuestions(catalog).flatMap((question) => question.sources.map((source) => source.location.paragraphId))
	);
	return catalog.article.paragraphs
		.filter((paragraph) => paragraph.kind === 'body' && !quoted.has(paragraph.id))
		.map((paragraph) => `${paragraph.id} (${paragraph.kind}): ${paragraph.text.slice(0, 30)}…`);
}

const numberPattern = /\d+(?:[.,]\d+)*/g;
const normalizeNumber = (token: string) => token.replace(/,/g, '');

/** The numbers written with digits in a text, commas removed (3,000 → 3000). */
export function numbersIn(text: string): string[] {
	return (text.match(numberPattern) ?? []).map(normalizeNumber);
}

const datePattern = /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{4}年代/g;

/** Date expressions as the article writes them (2024年11月, 8月31日, 1990年代). */
export function datesIn(text: string): string[] {
	return text.match(datePattern) ?? [];
}

/** Numbers and dates of the article that no question's own text (not its source quote) mentions. */
export function unaskedNumbersAndDates(catalog: Catalog): string[] {
	const texts = allQuestions(catalog).flatMap(questionTexts);
	const askedNumbers = new Set(texts.flatMap(numbersIn));
	const askedText = texts.join('\n');
	const missing: string[] = [];
	for (const paragraph of catalog.article.paragraphs) {
		for (const number of new Set(numbersIn(paragraph.text))) {
			if (!askedNumbers.has(number)) missing.push(`number ${number} (${paragraph.id})`);
		}
		for (const date of new Set(datesIn(paragraph.text))) {
			if (!askedText.includes(date)) missing.push(`date ${date} (${paragraph.id})`);
		}
	}
	return missing;
}

const normalizeText = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

/** What a question asks the learner to produce, ignoring wording: two questions with the same are alike. */
export function answerSignature(question: Question): string {
	switch (question.kind) {
		case 'flashcard':
		case 'cloze':
			return normalizeText(question.answer.zh);
		case 'single-choice':
		case 'multiple-select':
			return question.options
				.filter((option) => option.correct)
				.map((option) => normalizeText(option.zh))
				.sort()
				.join('|');
		case 'true-false':
			return normalizeText(question.prompt.zh);
		case 'ordering':
			return question.items.map((item) => normalizeText(item.zh)).join('>');
		case 'matching':
			return question.pairs
				.map((pair) => `${normalizeText(pair.left.zh)}=${normalizeText(pair.right.zh)}`)
				.sort()
				.join('|');
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/**
 * Pairs of questions that duplicate each other: the same prompt (spacing, punctuation and case aside), or the
 * same kind asking for the same answer from the same paragraph, however it is worded.
 */
export function duplicateQuestions(catalog: Catalog): string[] {
	const found: string[] = [];
	const keys = (question: Question) => [
		`prompt:${question.kind}:${normalizeText(question.prompt.zh)}`,
		`prompt:${question.kind}:${normalizeText(question.prompt.en)}`,
		`answer:${question.kind}:${question.sources[0].location.paragraphId}:${answerSignature(question)}`
	];
	const seen = new Map<string, string>();
	for (const question of allQuestions(catalog)) {
		for (const key of new Set(keys(question))) {
			const first = seen.get(key);
			if (first) found.push(`${first} and ${question.id} (${key.split(':')[0]})`);
			else seen.set(key, question.id);
		}
	}
	return found;
}

/** Decks whose true and false statements differ in number by more than one. */
export function unbalancedTrueFalse(decks: Deck[]): string[] {
	return decks.flatMap((deck) => {
		const statements = deck.questions.filter(
			(question): question is Extract<Question, { kind: 'true-false' }> => question.kind === 'true-false'
		);
		const trueCount = statements.filter((question) => question.answer).length;
		const falseCount = statements.length - trueCount;
		return Math.abs(trueCount - falseCount) > 1 ? [`${deck.id}: ${trueCount} true, ${falseCount} false`] : [];
	});
}
