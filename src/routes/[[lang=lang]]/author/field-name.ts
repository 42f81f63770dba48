import type { AuthorMessages } from '$lib/i18n/author/types';

// A problem's draft path (`decks[0].questions[2].prompt.zh`) named in words in the interface language, as the
// editor labels the field (`Deck 1 · Question 3 · Question · Chinese`): the summary of problems names fields so.

type Words = Pick<
	AuthorMessages,
	| 'articleHeading'
	| 'titleLabel'
	| 'dateLabel'
	| 'sourceLabel'
	| 'languageLabel'
	| 'paragraphsHeading'
	| 'inParagraph'
	| 'decksName'
	| 'deckHeading'
	| 'deckTitle'
	| 'deckDescription'
	| 'questionsHeading'
	| 'questionLabel'
	| 'kindLabel'
	| 'promptLabel'
	| 'answerLabel'
	| 'explanationLabel'
	| 'sourcesLabel'
	| 'optionsLabel'
	| 'optionLabel'
	| 'correctLabel'
	| 'truthLabel'
	| 'acceptedName'
	| 'itemsLabel'
	| 'itemLabel'
	| 'pairsLabel'
	| 'leftLabel'
	| 'rightLabel'
	| 'mainLanguage'
>;

type Name = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];
type Numbered = { [K in keyof Words]: Words[K] extends (number: number) => string ? K : never }[keyof Words];

/** The keys named by one text. */
const names: Record<string, Name> = {
	article: 'articleHeading',
	title: 'titleLabel',
	description: 'deckDescription',
	date: 'dateLabel',
	source: 'sourceLabel',
	language: 'languageLabel',
	kind: 'kindLabel',
	prompt: 'promptLabel',
	answer: 'answerLabel',
	explanation: 'explanationLabel',
	correct: 'correctLabel',
	truth: 'truthLabel',
	accepted: 'acceptedName',
	pairs: 'pairsLabel',
	left: 'pairsLabel',
	right: 'pairsLabel'
};

/** The lists whose entries are numbered: the list's name, and an entry's. */
const lists: Record<string, [Name, Numbered]> = {
	paragraphs: ['paragraphsHeading', 'inParagraph'],
	decks: ['decksName', 'deckHeading'],
	questions: ['questionsHeading', 'questionLabel'],
	options: ['optionsLabel', 'optionLabel'],
	items: ['itemsLabel', 'itemLabel']
};

/** The words of one step of a path: a key, with the index that follows it when there is one, under its parent's key. */
function stepName(key: string, index: number | undefined, parent: string | undefined, words: Words): string {
	if (key === 'zh' || key === 'en') return words.mainLanguage(key);
	if (key === 'title' && parent === 'decks') return words.deckTitle;
	if (key === 'sources') return `${words.sourcesLabel}${index === undefined ? '' : ` ${index + 1}`}`;
	const list = Object.hasOwn(lists, key) ? lists[key] : undefined;
	if (list) return index === undefined ? words[list[0]] : words[list[1]](index + 1);
	const name = Object.hasOwn(names, key) ? names[key] : undefined;
	return name ? words[name] : key;
}

/** A draft path in words: `decks[0].questions[2].prompt.zh` → `題組 1 · 第 3 題 · 題目 · 中文`. */
export function fieldName(path: string, words: Words): string {
	const steps = [...path.matchAll(/([^.[\]]+)(?:\[(\d+)\])?/g)].map((step) => ({
		key: step[1]!,
		index: step[2] === undefined ? undefined : Number(step[2])
	}));
	const names: string[] = [];
	for (let at = 0; at < steps.length; at++) {
		const { key, index } = steps[at]!;
		const side = steps[at + 1]?.key;
		// A pair's side takes the pair's number: `pairs[1].left` → `左 2`.
		if (key === 'pairs' && index !== undefined && (side === 'left' || side === 'right')) {
			names.push((side === 'left' ? words.leftLabel : words.rightLabel)(index + 1));
			at++;
			continue;
		}
		names.push(stepName(key, index, steps[at - 1]?.key, words));
	}
	return names.join(' · ');
}
