import type { ReaderMessages } from './types';

const zh: ReaderMessages = {
	articleView: {
		legend: '文章顯示',
		zh: '中文',
		en: '英文',
		both: '中英對照',
		loading: '正在載入英文譯文…',
		failed: '英文譯文無法載入。請檢查網路連線後再試一次。',
		retry: '再試一次'
	},
	readingAids: {
		ruby: '讀音',
		loading: '正在載入讀音和詞義…',
		failed: '讀音和詞義無法載入。請檢查網路連線後再試一次。',
		retry: '再試一次',
		lookUp: '查詞',
		lookUpHint: '點一個詞，看讀音、英文解釋和用到它的題目。鍵盤：Tab 進入段落，左右方向鍵換詞，Enter 打開。',
		close: '關閉',
		pinyin: '拼音',
		zhuyin: '注音',
		glosses: '英文解釋',
		glossaryGloss: '（本應用程式詞彙表的譯名）',
		credit: '英文解釋來自 CC-CEDICT（CC BY-SA 4.0）',
		questionsUsing: (count) => `用到這個詞的題目（${count} 題）`,
		noQuestions: '沒有題目用到這個詞。',
		showAll: (count) => `顯示全部 ${count} 題`,
		wordOf: (word) => `詞：${word}`
	}
};

export default zh;
