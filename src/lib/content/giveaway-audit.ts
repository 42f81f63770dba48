// Checks that no question gives its answer away, and that each rests on its sources. Each returns readable
// findings; an empty list means the content passes. The thresholds and why are in questions/README.md.
import { entriesMentioned, type Glossary } from '$lib/domain/glossary';
import type { ChoiceOption, Question, SingleChoiceQuestion } from '$lib/domain/question';
import { numbersIn } from './audit';
import { allQuestions, type Catalog } from './catalog';

/** A true/false statement shares less than this share of its two-character runs with its sources. */
export const maximumStatementOverlap = 0.5;
/** A wrong option shares at least this share of its two-character runs with the article. */
export const minimumDistractorGrounding = 0.34;
/** Options are of similar length: the longest at most twice the shortest, or at most this many characters longer. */
export const optionLengthSlack = { zh: 4, en: 16 } as const;

const isWordCharacter = (character: string) => /[\p{Script=Han}\p{L}\p{N}]/u.test(character);

/** The runs of two adjacent letters, digits or Chinese characters in a text, punctuation and spaces left out. */
export function characterPairs(text: string): string[] {
	const characters = Array.from(text.toLowerCase()).filter(isWordCharacter);
	return characters.slice(1).map((character, index) => characters[index] + character);
}

// A statement's framing ("文章說，", "作者認為，") is not part of what it asserts, so it is not counted.
const leadIn =
	/^(?:文章|作者|依文章|根據文章|依作者|據文章|照文章|按文章|照片說明|圖說)[^，。：]{0,10}[，：]/;

/** The share of a statement's character pairs that its sources also contain (0 = all new words, 1 = copied). */
export function statementOverlap(statement: string, sources: readonly string[]): number {
	const pairs = characterPairs(statement.replace(leadIn, ''));
	if (pairs.length === 0) return 0;
	const sourcePairs = new Set(sources.flatMap(characterPairs));
	return pairs.filter((pair) => sourcePairs.has(pair)).length / pairs.length;
}

// An option's framing ("不同：", "文章說", "作者預測") says how it answers, not what the article holds.
const optionFraming = /^(?:[^：，。]{1,4}：|(?:文章|作者)[^，。：]{0,2}(?:說|認為|預測|指出))/;

/** The share of a text's character pairs found anywhere in the article (how far it is built from the article). */
export function groundingIn(text: string, articlePairs: ReadonlySet<string>): number {
	const pairs = characterPairs(text.replace(optionFraming, ''));
	if (pairs.length === 0) return 1;
	return pairs.filter((pair) => articlePairs.has(pair)).length / pairs.length;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** True/false statements that copy their source instead of restating it. */
export function copiedStatements(catalog: Catalog): string[] {
	return allQuestions(catalog).flatMap((question) => {
		if (question.kind !== 'true-false') return [];
		const overlap = statementOverlap(
			question.prompt.zh,
			question.sources.map((source) => source.quote)
		);
		return overlap >= maximumStatementOverlap
			? [
					`${question.id}: shares ${round(overlap)} of its wording with its source (below ${maximumStatementOverlap} required)`
				]
			: [];
	});
}

const chineseNumber = '[〇零一二兩两三四五六七八九十百千萬万億亿]';
const datedOrNumbered = [
	/[0-9０-９]/,
	new RegExp(`${chineseNumber}+(?:年|月|日|屆|届|次|世紀|世纪)`),
	new RegExp(`第${chineseNumber}+`),
	/首屆|首届/,
	/\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
	/\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i
];

/** Ordering items that contain a date or a number, so they could be sorted without knowing the article. */
export function datedOrderingItems(catalog: Catalog): string[] {
	return allQuestions(catalog).flatMap((question) => {
		if (question.kind !== 'ordering') return [];
		return question.items.flatMap((item, index) =>
			(['zh', 'en'] as const).flatMap((language) =>
				datedOrNumbered.some((pattern) => pattern.test(item[language]))
					? [`${question.id} items[${index}].${language}: "${item[language]}" carries a date or number`]
					: []
			)
		);
	});
}

const lengthOf = {
	zh: (text: string) => Array.from(text).filter(isWordCharacter).length,
	en: (text: string) => text.length
};

const choiceOptions = (question: Question): ChoiceOption[] | undefined =>
	question.kind === 'single-choice' || question.kind === 'multiple-select' ? question.options : undefined;

/** Choice questions whose options differ so much in length that the length points to the answer. */
export function unevenOptions(catalog: Catalog): string[] {
	return allQuestions(catalog).flatMap((question) => {
		const options = choiceOptions(question);
		if (!options) return [];
		return (['zh', 'en'] as const).flatMap((language) => {
			const lengths = options.map((option) => lengthOf[language](option[language]));
			const longest = Math.max(...lengths);
			const shortest = Math.min(...lengths);
			const slack = optionLengthSlack[language];
			const findings: string[] = [];
			if (longest > 2 * shortest && longest - shortest > slack) {
				findings.push(`${question.id} (${language}): options run from ${shortest} to ${longest} characters`);
			}
			if (question.kind === 'single-choice') {
				const correct = lengths[options.findIndex((option) => option.correct)]!;
				const longestWrong = Math.max(...lengths.filter((_, index) => !options[index]!.correct));
				if (correct > 1.25 * longestWrong && correct - longestWrong > slack / 2) {
					findings.push(
						`${question.id} (${language}): the answer (${correct}) is much longer than any other option (${longestWrong})`
					);
				}
			}
			return findings;
		});
	});
}

/**
 * How many of a deck's single-choice questions may have their answer as the strictly longest option: a third,
 * and always one. With four options, as most questions have, the answer is the longest by chance in about a
 * quarter of them when length carries no signal; a third leaves room for that chance in a deck of six to
 * twenty-four single choices, yet fails the decks where "pick the longest" paid (4 of 7 in zh, 5 of 7 in en).
 * One is always allowed, so a deck with one or two single choices is not failed by a single question.
 */
export const allowedLongestAnswers = (singleChoices: number) => Math.max(1, Math.floor(singleChoices / 3));

/**
 * Decks whose single-choice answers are too often the longest option. Each question can pass the length rule of
 * unevenOptions and the deck still teach "pick the longest": this looks at the deck as a learner meets it.
 * Ties are not counted: options written to the same length are what unevenOptions asks for.
 */
export function longestAnswers(catalog: Catalog): string[] {
	return catalog.decks.flatMap((deck) => {
		const questions = deck.questions.filter(
			(question): question is SingleChoiceQuestion => question.kind === 'single-choice'
		);
		const allowed = allowedLongestAnswers(questions.length);
		return (['zh', 'en'] as const).flatMap((language) => {
			const longest = questions.filter((question) => {
				const lengths = question.options.map((option) => lengthOf[language](option[language]));
				const answer = lengths[question.options.findIndex((option) => option.correct)]!;
				return lengths.every((length, index) => question.options[index]!.correct || length < answer);
			});
			return longest.length > allowed
				? [
						`${deck.id} (${language}): the answer is the longest option in ${longest.length} of ${questions.length} single-choice questions, at most ${allowed} allowed (${longest.map((question) => question.id).join(', ')})`
					]
				: [];
		});
	});
}

const bare = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * Choice questions whose prompt names the answer: it contains a correct option outright, or a name or term of
 * the glossary that only the correct options share with it.
 */
export function echoedAnswers(catalog: Catalog, glossary?: Glossary): string[] {
	return allQuestions(catalog).flatMap((question) => {
		const options = choiceOptions(question);
		if (!options) return [];
		const findings: string[] = [];
		for (const language of ['zh', 'en'] as const) {
			const prompt = bare(question.prompt[language]);
			for (const option of options.filter((option) => option.correct)) {
				const text = bare(option[language]);
				if (text.length >= 2 && prompt.includes(text)) {
					findings.push(`${question.id} (${language}): the prompt contains the answer "${option[language]}"`);
				}
			}
		}
		if (glossary) {
			const inPrompt = new Set(
				entriesMentioned(question.prompt.zh, glossary.entries).map((entry) => entry.id)
			);
			const inWrong = new Set(
				options
					.filter((option) => !option.correct)
					.flatMap((option) => entriesMentioned(option.zh, glossary.entries).map((entry) => entry.id))
			);
			const echoed = new Set(
				options
					.filter((option) => option.correct)
					.flatMap((option) => entriesMentioned(option.zh, glossary.entries).map((entry) => entry.id))
					.filter((id) => inPrompt.has(id) && !inWrong.has(id))
			);
			for (const id of echoed)
				findings.push(`${question.id}: the prompt and only the correct options name "${id}"`);
		}
		return findings;
	});
}

/** Wrong options not built from the article (invented, so a reader who knows the article rules them out unread). */
export function ungroundedDistractors(catalog: Catalog): string[] {
	const articlePairs = new Set(
		catalog.article.paragraphs.flatMap((paragraph) => characterPairs(paragraph.text))
	);
	return allQuestions(catalog).flatMap((question) =>
		(choiceOptions(question) ?? [])
			.filter((option) => !option.correct)
			.flatMap((option) => {
				const grounding = groundingIn(option.zh, articlePairs);
				return grounding < minimumDistractorGrounding
					? [
							`${question.id}: "${option.zh}" is ${round(grounding)} article wording (at least ${minimumDistractorGrounding} required)`
						]
					: [];
			})
	);
}

/** The texts that state a question's answer (what must be true by its sources). */
function answerTexts(question: Question): string[] {
	switch (question.kind) {
		case 'flashcard':
		case 'cloze':
			return [question.answer.zh];
		case 'single-choice':
		case 'multiple-select':
			return question.options.filter((option) => option.correct).map((option) => option.zh);
		case 'true-false':
			return question.answer ? [question.prompt.zh] : [];
		case 'ordering':
			return question.items.map((item) => item.zh);
		case 'matching':
			return question.pairs.flatMap((pair) => [pair.left.zh, pair.right.zh]);
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/**
 * Questions whose sources cannot carry their answer: a cloze answer that no source quote contains in any
 * accepted form, or a number in the answer that no source quote has.
 */
export function answersMissingFromSources(catalog: Catalog): string[] {
	return allQuestions(catalog).flatMap((question) => {
		const quotes = question.sources.map((source) => source.quote);
		const findings: string[] = [];
		if (question.kind === 'cloze') {
			const quoted = quotes.map(bare).join('|');
			if (!question.accepted.some((form) => bare(form).length > 0 && quoted.includes(bare(form)))) {
				findings.push(
					`${question.id}: no source quote contains the answer "${question.answer.zh}" in any accepted form`
				);
			}
		}
		const sourceNumbers = new Set(quotes.flatMap(numbersIn));
		// "第20段" and "paragraph 20" point into the article; they are not figures the answer rests on.
		const withoutReferences = (text: string) => text.replace(/第\d+(?:至\d+)?段/g, '');
		const missing = [...new Set(answerTexts(question).map(withoutReferences).flatMap(numbersIn))].filter(
			(number) => !sourceNumbers.has(number)
		);
		if (missing.length > 0)
			findings.push(
				`${question.id}: the answer's number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not in its sources`
			);
		return findings;
	});
}
