import type { StorageHealthKind } from '$lib/data/storage-health';
import type { Language } from '$lib/domain/language';

export type StorageProblem = Exclude<StorageHealthKind, 'checking' | 'ok'>;

/** The storage notice's texts: loaded with the notice, only on a page whose storage cannot be used. */
export type StorageMessages = {
	/** Why progress cannot be stored now, one text per storage problem (data/storage-health.ts). */
	storageProblem: Record<StorageProblem, string>;
	/** What still works without storage. */
	storageStillWorks: string;
	reloadPage: string;
};

export const storageMessages: Record<Language, StorageMessages> = {
	zh: {
		storageProblem: {
			missing:
				'這個瀏覽器不讓網站儲存資料（可能關閉了儲存功能，或是在受限制的 App 內建瀏覽器中），所以無法保存學習進度。',
			refused:
				'瀏覽器拒絕打開這個應用程式的儲存空間（某些無痕視窗或設定會這樣），所以無法讀取或保存學習進度。',
			'no-answer': '瀏覽器的儲存空間沒有回應，所以暫時無法讀取學習進度。重新載入頁面通常能解決。',
			blocked:
				'這個應用程式在另一個分頁中以舊版本開著，佔住了儲存空間。請關閉這個應用程式的其他分頁，再重新載入這一頁。',
			newer: '你的學習進度是由較新版本的應用程式儲存的。這一頁不會更動它：請重新載入以更新應用程式。',
			replaced: '另一個分頁已把應用程式更新到新版本。請重新載入這一頁，才能繼續保存進度。'
		},
		storageStillWorks: '你仍然可以閱讀文章和題目，也可以做測驗，但作答不會保存。',
		reloadPage: '重新載入'
	},
	en: {
		storageProblem: {
			missing:
				'This browser does not let the site store data (storage is switched off, or this is a restricted in-app browser), so your progress cannot be saved.',
			refused:
				'The browser refused to open the app’s storage (some private windows and settings do this), so your progress cannot be read or saved.',
			'no-answer':
				'The browser’s storage is not answering, so your progress cannot be read for now. Reloading the page usually helps.',
			blocked:
				'The app is open in another tab with an older version, which holds its storage. Close the app’s other tabs, then reload this page.',
			newer:
				'Your progress was saved by a newer version of the app. This page will not change it: reload to update the app.',
			replaced: 'Another tab updated the app to a new version. Reload this page to keep saving your progress.'
		},
		storageStillWorks:
			'You can still read the article and the questions and take quizzes, but answers will not be saved.',
		reloadPage: 'Reload'
	}
};
