import type { LibraryMessages } from './types';

const zh: LibraryMessages = {
	articlesHeading: '文章',
	builtInTitle: '上合與中亞（2025 年 9 月 5 日）',
	builtInNote: '本應用內建的文章',
	articleFacts: ({ date, language, decks, questions }) =>
		`${date} · ${language} · ${decks} 個題組 · ${questions} 題`,
	languageNames: { 'zh-Hant': '繁體中文', 'zh-Hans': '簡體中文', en: '英文' },
	emptyLibrary: '這台裝置上還沒有其他文章。匯入老師給的文章包檔案，或自己寫一篇。',
	importLink: '匯入文章包檔案',
	authorLink: '寫自己的文章與題目',
	notOnDevice: '這台裝置上沒有這篇文章或題組：可能已被移除，或連結來自另一台裝置。',
	noArticleId: '這個網址沒有指明文章。',
	backHome: '回到首頁',
	loadFailed: '無法讀取這台裝置上的文章。',
	articleLabel: '這台裝置上的文章',
	sourceLabel: '出處：',
	addedFrom: { file: '從檔案匯入', link: '從班級連結取得', editor: '在編輯器中寫成' },
	paragraphsHeading: '文章內容',
	paragraphLabel: (number) => `第 ${number} 段`,
	decksHeading: '題組',
	questionCount: (count) => `${count} 題`,
	reviewDeck: '複習',
	reviewArticle: '複習這篇文章的所有題目',
	quizLink: '測驗',
	removeHeading: '移除',
	removeButton: '從這台裝置移除',
	removeExplain:
		'移除後，這篇文章和它的題目不再出現在複習和測驗中。你的學習紀錄仍留在這台裝置上：再次匯入同一篇文章，紀錄就會回來；在設定中「重設進度」可以清除它。',
	removeConfirm: (title) => `確定移除「${title}」？`,
	removeCancel: '取消',
	removeFailed: '無法移除：瀏覽器拒絕寫入。什麼都沒有改變。',
	removed: (title) => `已移除「${title}」。`,
	importTitle: '匯入文章包',
	importLead: '選擇老師給你的文章包檔案（.json）。匯入前會先顯示它的內容；有問題的檔案不會改變任何東西。',
	chooseFile: '選擇檔案',
	reading: '讀取中……',
	previewHeading: '檔案內容',
	previewFacts: ({ paragraphs, decks, questions }) => `${paragraphs} 段 · ${decks} 個題組 · ${questions} 題`,
	kindCount: (kind, count) => `${kindNames[kind]} ${count}`,
	replaces: (title) => `這台裝置上已有這篇文章（「${title}」）：匯入會取代它，未改變的題目保留學習紀錄。`,
	importButton: '匯入',
	importing: '匯入中……',
	chooseAnother: '選擇其他檔案',
	imported: (title) => `已匯入「${title}」。`,
	openArticle: '開啟文章',
	problemsHeading: (count) => `這個檔案有 ${count} 個問題，無法匯入：`,
	problemsNothingChanged: '什麼都沒有改變。',
	fileUnreadable: '無法讀取這個檔案。',
	collision: '這個文章包的題目代號與裝置上其他內容衝突，無法匯入。什麼都沒有改變。',
	saveFailed: '無法儲存：瀏覽器拒絕寫入（可能是儲存空間已滿）。什麼都沒有改變。'
};

const kindNames = {
	flashcard: '問答卡',
	'single-choice': '單選',
	'multiple-select': '多選',
	'true-false': '是非',
	cloze: '填空',
	ordering: '排序',
	matching: '配對'
} as const;

export default zh;
