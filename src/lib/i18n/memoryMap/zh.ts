import type { MemoryMapMessages } from './types';

const zh: MemoryMapMessages = {
	memoryMapToggle: '記憶地圖',
	memoryMapLegend: '依各段題目現在的平均記住機率著色',
	band: {
		unstudied: '未學過',
		weak: '薄弱（70% 以下）',
		fading: '漸忘（70–90%）',
		strong: '牢固（90% 以上）'
	},
	paragraphMemory: (studied, questions, value) =>
		value === null ? `${questions} 題都還沒學` : `已學 ${studied}／${questions} 題，平均記住 ${value}`,
	reviewTheseNow: (count) => `現在複習這 ${count} 題`,
	memoryMapUnavailable: '記憶地圖無法讀取你的紀錄。'
};

export default zh;
