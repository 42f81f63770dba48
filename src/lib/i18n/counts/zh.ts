import type { CountsMessages } from './types';

const zh: CountsMessages = {
	countsUnavailable: '無法讀取學習進度',
	countNew: '新卡',
	countLearning: '學習中',
	countReview: '待複習',
	doneForToday: '今天完成了',
	studyMoreLink: '多學一點',
	studyAll: '複習全部題組',
	masteredDefinition: (days) =>
		`「已熟練」指排程預計你能記住 ${days} 天以上的卡片；其餘學過的卡片算「學習中」。`,
	progressPart: { new: '未學', learning: '學習中', mastered: '已熟練' },
	progressSummary: (p) =>
		`學習進度：未學 ${p.new} 題、學習中 ${p.learning} 題、已熟練 ${p.mastered} 題，共 ${p.total} 題`,
	today: '今天',
	deckPageLink: '題目與匯出',
	tileAction: '開始複習',
	studyDeck: '複習這個題組'
};

export default zh;
