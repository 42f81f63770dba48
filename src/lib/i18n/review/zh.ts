import type { ReviewMessages } from './types';

const zh: ReviewMessages = {
	countsUnavailable: '無法讀取學習進度',
	countNew: '新卡',
	countLearning: '學習中',
	countReview: '待複習',
	studyAll: '複習全部題組',
	studyDeck: '複習這個題組',
	titleAll: '複習：全部題組',
	titleDeck: (deck) => `複習：${deck}`,
	progress: (done, total) => `已完成 ${done}／${total}`,
	revealAnswer: '顯示答案',
	submitAnswer: '提交答案',
	rateHeading: '你記得多少？',
	rating: { again: '重來', hard: '困難', good: '良好', easy: '簡單' },
	resultSelfGraded: '對照答案，自己評分',
	suggestedRating: '已依對錯預選評分，可以更改',
	undo: '復原',
	keyboardHelp: '鍵盤快捷鍵',
	keyboardHelpTitle: '鍵盤快捷鍵',
	keyboardShortcuts: [
		{ keys: '空白鍵／Enter', action: '顯示答案或提交答案；評分後確認預選的評分' },
		{ keys: 'A B C D（或 1 2 3 4）', action: '作答時：選擇標有這個字母的選項' },
		{ keys: '1 2 3 4', action: '看過答案後評分：重來、困難、良好、簡單' },
		{ keys: 'Z 或 Ctrl/⌘+Z', action: '復原上一個評分' },
		{ keys: '?', action: '顯示或關閉這個說明' },
		{ keys: 'Esc', action: '關閉說明' }
	],
	sessionDoneTitle: '今天的複習完成了！',
	sessionSummary: (cards, accuracy, duration) =>
		`完成 ${cards} 張卡，正確率 ${accuracy}%，用時 ${duration}。`,
	nextDue: (when) => `下一張卡將在${when}到期。`,
	nothingDueTitle: '現在沒有要複習的卡',
	nothingDueBody: '新卡已達今日上限，或所有卡都還沒到期。',
	nothingScheduled: '這些題目目前沒有排定的複習。',
	waitingForLearning: (when) => `學習中的卡將在${when}再出現。`,
	waitingTitle: '稍等一下',
	leechTitle: '這張卡一再忘記',
	leechBody: '這張卡已被標記為「難記卡」。建議重讀它出自的段落，再繼續複習。',
	rereadParagraph: '重讀出處段落',
	cardActions: '卡片操作',
	suspendCard: '暫停這張卡',
	buryCard: '今天先跳過',
	resetCard: '重設為新卡',
	resetConfirm: '要把這張卡重設為新卡嗎？它的複習紀錄會保留。',
	newCardBadge: '新卡',
	learningBadge: '學習中',
	reviewBadge: '複習',
	notice: {
		undone: '已復原上一個評分',
		'nothing-to-undo': '沒有可以復原的評分',
		suspended: '已暫停這張卡',
		buried: '這張卡明天再出現',
		reset: '已重設為新卡',
		stale: '這張卡剛在另一個分頁被複習過，已重新載入；你的評分沒有覆蓋它。',
		'storage-failed': '無法儲存（瀏覽器儲存空間可能已滿或被封鎖）。這次評分沒有寫入，請再試一次。',
		'schedule-failed':
			'這張卡儲存的排程資料已損壞，無法計算下次複習時間（這不是儲存空間的問題）。沒有寫入任何資料；可以把這張卡重設為新卡重新開始。'
	}
};

export default zh;
