import type { AnswerMessages } from './types';

const en: AnswerMessages = {
	chooseOne: 'Choose one answer',
	chooseAll: 'Choose every correct answer',
	judgeStatement: 'Is this statement true or false?',
	choiceKeysHint: 'Number keys 1–9 choose an option; Enter submits.',
	clozeLabel: 'Your answer',
	clozeBlank: 'blank',
	clozeEnterHint: 'Chinese or English; press Enter to submit.',
	orderingInstructions: 'Put the items in the right order.',
	orderingKeysHint:
		'Drag the ⠿ handle or use the Move up and Move down buttons; on an item, Alt+↑ and Alt+↓ also work.',
	moveUp: (item) => `Move “${item}” up`,
	moveDown: (item) => `Move “${item}” down`,
	movedTo: (item, position, count) => `“${item}” moved to position ${position} of ${count}`,
	matchingInstructions: 'For each item, choose the one that matches it.',
	choosePlaceholder: 'Choose…',
	verdictCorrect: 'Correct',
	verdictNearMiss: (expected) => `Almost: the expected form is “${expected}” (not counted as right)`,
	verdictWrong: 'Not right',
	verdictPartial: (percent) => `Not right, but ${percent}% correct`,
	yourAnswerCorrect: 'Your answer: right',
	yourAnswerWrong: 'Your answer: wrong',
	correctAnswer: 'Correct answer',
	chosenCorrect: 'Chosen: right',
	chosenWrong: 'Chosen: not right',
	missedCorrect: 'Missed: this is also correct',
	inRightPlace: 'In the right place',
	belongsAt: (position) => `Belongs at position ${position}`,
	matchCorrect: 'Right match',
	matchShouldBe: 'Right match:',
	expectedAnswer: 'Answer:'
};

export default en;
