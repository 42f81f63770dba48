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

/** The words of one step of a path: a key, with the index that follows it when there is one, under its parent's key. */
function stepName(key: string, index: number | undefined, parent: string | undefined, words: Words): string {
	const numbered = (name: string, of: (number: number) => string) =>
		index === undefined ? name : of(index + 1);
	switch (key) {
		case 'article':
			return words.articleHeading;
		case 'title':
			return parent === 'decks' ? words.deckTitle : words.titleLabel;
		case 'description':
			return words.deckDescription;
		case 'date':
			return words.dateLabel;
		case 'source':
			return words.sourceLabel;
		case 'language':
			return words.languageLabel;
		case 'paragraphs':
			return numbered(words.paragraphsHeading, words.inParagraph);
		case 'decks':
			return numbered(words.decksName, words.deckHeading);
		case 'questions':
			return numbered(words.questionsHeading, words.questionLabel);
		case 'kind':
			return words.kindLabel;
		case 'prompt':
			return words.promptLabel;
		case 'answer':
			return words.answerLabel;
		case 'explanation':
			return words.explanationLabel;
		case 'sources':
			return `${words.sourcesLabel}${index === undefined ? '' : ` ${index + 1}`}`;
		case 'options':
			return numbered(words.optionsLabel, words.optionLabel);
		case 'correct':
			return words.correctLabel;
		case 'truth':
			return words.truthLabel;
		case 'accepted':
			return words.acceptedName;
		case 'items':
			return numbered(words.itemsLabel, words.itemLabel);
		case 'pairs':
		case 'left':
		case 'right':
			return words.pairsLabel;
		case 'zh':
		case 'en':
			return words.mainLanguage(key);
		default:
			return key;
	}
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
