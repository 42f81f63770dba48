import { deckId, paragraphId, questionId } from '$lib/domain/ids';
import type {
	ChoiceOption,
	ClozeQuestion,
	FlashcardQuestion,
	MatchingQuestion,
	MultipleSelectQuestion,
	OrderingQuestion,
	SingleChoiceQuestion,
	TrueFalseQuestion
} from '$lib/domain/question';

// The fields every question has; the values do not matter to answering and grading.
const base = (id: string) => ({
	id: questionId(id),
	deckId: deckId('test'),
	prompt: { zh: `題目 ${id}`, en: `Question ${id}` },
	explanation: { zh: '解說', en: 'Explanation' },
	sources: [{ quote: '引文', location: { paragraphId: paragraphId('p1'), start: 0, end: 2 } }] as [
		ClozeQuestion['sources'][0]
	]
});

const option = (en: string, correct = false): ChoiceOption => ({ zh: `選項${en}`, en, correct });
const bilingual = (en: string) => ({ zh: `中${en}`, en });

export const flashcard: FlashcardQuestion = {
	...base('t-flashcard'),
	kind: 'flashcard',
	answer: bilingual('Back')
};

export const singleChoice: SingleChoiceQuestion = {
	...base('t-single'),
	kind: 'single-choice',
	options: [option('Astana', true), option('Almaty'), option('Bishkek'), option('Tashkent')]
};

export const multipleSelect: MultipleSelectQuestion = {
	...base('t-multiple'),
	kind: 'multiple-select',
	options: [option('A', true), option('B'), option('C', true), option('D', true), option('E')]
};

export const trueFalse: TrueFalseQuestion = { ...base('t-true-false'), kind: 'true-false', answer: false };

export const cloze = (
	accepted: string[],
	answer = { zh: accepted[0]!, en: accepted[1]! }
): ClozeQuestion => ({
	...base('t-cloze'),
	kind: 'cloze',
	prompt: { zh: '約有____家公司。', en: 'About ____ companies.' },
	answer,
	accepted
});

export const ordering: OrderingQuestion = {
	...base('t-ordering'),
	kind: 'ordering',
	items: ['2001', '2012', '2014', '2022', '2025'].map(bilingual)
};

export const matching: MatchingQuestion = {
	...base('t-matching'),
	kind: 'matching',
	pairs: ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan'].map((country) => ({
		left: bilingual(country),
		right: bilingual(`${country} capital`)
	}))
};
