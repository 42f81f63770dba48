import type { Language } from '$lib/domain/language';

/** The interface texts of the answer controls: the `answers` section of Messages. Both languages fill every key. */
export type AnswerMessages = {
	chooseOne: string;
	chooseAll: string;
	judgeStatement: string;
	choiceKeysHint: string;
	clozeLabel: string;
	clozeBlank: string;
	clozeEnterHint: string;
	orderingInstructions: string;
	orderingKeysHint: string;
	moveUp: (item: string) => string;
	moveDown: (item: string) => string;
	movedTo: (item: string, position: number, count: number) => string;
	matchingInstructions: string;
	choosePlaceholder: string;
	verdictCorrect: string;
	verdictNearMiss: (expected: string) => string;
	verdictWrong: string;
	verdictPartial: (percent: number) => string;
	yourAnswerCorrect: string;
	yourAnswerWrong: string;
	correctAnswer: string;
	chosenCorrect: string;
	chosenWrong: string;
	missedCorrect: string;
	inRightPlace: string;
	belongsAt: (position: number) => string;
	matchCorrect: string;
	matchShouldBe: string;
	expectedAnswer: string;
};

const zh: AnswerMessages = {
	chooseOne: '選出一個答案',
	chooseAll: '選出所有正確的答案',
	judgeStatement: '這句話是對還是錯？',
	choiceKeysHint: '可按數字鍵 1–9 選擇，按 Enter 送出。',
	clozeLabel: '你的答案',
	clozeBlank: '空格',
	clozeEnterHint: '中文或英文皆可，按 Enter 送出。',
	orderingInstructions: '把項目排成正確的順序。',
	orderingKeysHint: '拖動 ⠿ 把手，或用「上移」「下移」按鈕；在項目上也可按 Alt+↑／Alt+↓。',
	moveUp: (item) => `把「${item}」上移`,
	moveDown: (item) => `把「${item}」下移`,
	movedTo: (item, position, count) => `「${item}」已移到第 ${position} 位（共 ${count} 項）`,
	matchingInstructions: '為每一項選出與它相配的一項。',
	choosePlaceholder: '請選擇…',
	verdictCorrect: '答對了',
	verdictNearMiss: (expected) => `差一點：正確寫法是「${expected}」（本題不計分）`,
	verdictWrong: '答錯了',
	verdictPartial: (percent) => `答錯了，但有 ${percent}% 正確`,
	yourAnswerCorrect: '你的答案：正確',
	yourAnswerWrong: '你的答案：錯誤',
	correctAnswer: '正確答案',
	chosenCorrect: '已選：正確',
	chosenWrong: '已選：不正確',
	missedCorrect: '漏選：這也是正確答案',
	inRightPlace: '位置正確',
	belongsAt: (position) => `應在第 ${position} 位`,
	matchCorrect: '配對正確',
	matchShouldBe: '正確配對：',
	expectedAnswer: '正確答案：'
};

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

export const answerMessages: Record<Language, AnswerMessages> = { zh, en };
