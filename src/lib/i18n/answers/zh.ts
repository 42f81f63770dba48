import type { AnswerMessages } from './types';

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

export default zh;
