import type { CardBrowserMessages } from './types';

const zh: CardBrowserMessages = {
	title: '卡片瀏覽',
	lead: '搜尋、篩選每一張卡片：恢復暫停的卡、重設、加上標記，或回到它引用的句子。',
	searchLabel: '搜尋題目和原文',
	searchHint: '繁體、簡體或英文都可以，例如「哈萨克」也會找到「哈薩克」。',
	deckLabel: '題組',
	allDecks: '全部題組',
	kindLabel: '題型',
	allKinds: '全部題型',
	stateLabel: '狀態',
	allStates: '全部狀態',
	sortLabel: '排序',
	state: {
		new: '新卡',
		learning: '學習中',
		review: '複習',
		suspended: '已暫停',
		buried: '延後到明天',
		leech: '難記卡',
		flagged: '已標記'
	},
	sort: { due: '到期時間', retrievability: '記得的機率（低的在前）' },
	shownCount: (shown, total) => `顯示 ${shown} 張，共 ${total} 張`,
	clearFilters: '清除篩選',
	noMatch: '沒有符合的卡片。',
	nothingStudied: '還沒有學過任何卡片：下面每一張都是新卡。',
	startReview: '開始複習',
	selectAllShown: '選取顯示的全部卡片',
	selectCard: '選取',
	selectedCount: (count) => `已選取 ${count} 張`,
	withSelected: '對選取的卡片',
	clearSelection: '取消選取',
	action: { suspend: '暫停', unsuspend: '恢復', reset: '重設為新卡', flag: '標記', unflag: '取消標記' },
	openSource: '原文出處',
	openQuestion: '題目與卡片資訊',
	done: {
		suspend: (count) => `已暫停 ${count} 張卡。`,
		unsuspend: (count) => `已恢復 ${count} 張卡，它們回到複習佇列。`,
		reset: (count) => `已把 ${count} 張卡重設為新卡。`,
		flag: (count) => `已標記 ${count} 張卡。`,
		unflag: (count) => `已取消 ${count} 張卡的標記。`
	},
	nothingChanged: '選取的卡片都已經是這樣，沒有變更。',
	undo: '復原',
	undone: '已復原。',
	changedElsewhere: '有卡片在另一個分頁中變更過，這次沒有儲存任何變更。清單已更新，請再試一次。',
	actionFailed: '無法儲存變更，什麼都沒有改變。',
	due: '到期',
	dueNow: '現在',
	recall: '記得的機率',
	notStudied: '還沒學過',
	paragraph: (number) => `第 ${number} 段`,
	showMore: (count) => `再顯示 ${count} 張`,
	loadFailed: '無法讀取卡片。'
};

export default zh;
