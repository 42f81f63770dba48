import type { StorageMessages } from './types';

const zh: StorageMessages = {
	storageProblem: {
		missing:
			'這個瀏覽器不讓網站儲存資料（可能關閉了儲存功能，或是在受限制的 App 內建瀏覽器中），所以無法保存學習進度。',
		refused: '瀏覽器拒絕打開這個應用程式的儲存空間（某些無痕視窗或設定會這樣），所以無法讀取或保存學習進度。',
		'no-answer': '瀏覽器的儲存空間沒有回應，所以暫時無法讀取學習進度。重新載入頁面通常能解決。',
		blocked:
			'這個應用程式在另一個分頁中以舊版本開著，佔住了儲存空間。請關閉這個應用程式的其他分頁，再重新載入這一頁。',
		newer: '你的學習進度是由較新版本的應用程式儲存的。這一頁不會更動它：請重新載入以更新應用程式。',
		replaced: '另一個分頁已把應用程式更新到新版本。請重新載入這一頁，才能繼續保存進度。'
	},
	storageStillWorks: '你仍然可以閱讀文章和題目，也可以做測驗，但作答不會保存。',
	reloadPage: '重新載入'
};

export default zh;
