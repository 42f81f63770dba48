import type { SettingsMessages } from './types';

const zh: SettingsMessages = {
	title: '複習設定',
	lead: '設定只存在這個瀏覽器中，修改後立即生效。',
	saved: '已儲存',
	invalid: '這個值不在允許範圍內，沒有儲存。',
	saveFailed: '瀏覽器無法儲存（儲存空間可能已滿或被封鎖），設定沒有改變。',
	backupHeading: '備份與還原',
	backupLead:
		'學習進度只存在這個瀏覽器中。下載備份檔，就能在另一台裝置或清除瀏覽器資料後還原。複習紀錄也能匯出成 FSRS 最佳化工具使用的 CSV。',
	downloadBackup: '下載備份',
	downloadReviewLog: '匯出複習紀錄（CSV）',
	restoreBackup: '從備份還原…',
	restoreConfirm: '還原會以備份檔取代這個瀏覽器中目前的所有學習進度。要繼續嗎？（建議先下載目前的備份。）',
	restoreDone: '已從備份還原。',
	backupSaved: '檔案已下載。',
	restoreFailed: {
		'not-json': '這個檔案無法讀取（不是 JSON 格式）。沒有任何資料被更改。',
		'not-a-backup': '這個檔案不是本應用程式的備份。沒有任何資料被更改。',
		'newer-version': '這個備份來自較新版本的應用程式，請先更新。沒有任何資料被更改。',
		'invalid-record': '這個備份檔已損壞或被修改過：其中有不可能的數值。沒有任何資料被更改。',
		'duplicate-record': '這個備份檔已損壞或被修改過：同一筆紀錄出現了兩次。沒有任何資料被更改。',
		storage: '瀏覽器無法寫入（儲存空間可能已滿）。沒有任何資料被更改。'
	},
	restoreTooLarge: (megabytes) =>
		`這個檔案太大（超過 ${megabytes} MB），不是本應用程式的備份。沒有任何資料被更改。`,
	restoreProblemAt: '問題所在：',
	resetHeading: '重設所有進度',
	resetLead:
		'刪除這個瀏覽器裡的所有學習進度：卡片、複習紀錄、測驗紀錄、老師指派的題目和標記。設定和你建立的課堂測驗會保留。重設之前會先自動下載一份備份，需要時可以用上面的「從備份還原…」救回來。',
	resetStart: '重設所有進度…',
	resetWord: '重設',
	resetTypeWord: (word) => `請輸入「${word}」確認`,
	resetConfirm: '下載備份並重設',
	resetCancel: '取消',
	resetWrongWord: (word) => `輸入的不是「${word}」，什麼都沒有改變。`,
	resetDone: (fileName) => `所有進度都已重設。重設前的備份已下載為 ${fileName}。`,
	resetBackupFailed: '無法先做好備份，所以沒有重設任何東西。',
	resetFailed: '無法重設（瀏覽器的儲存空間可能被封鎖），什麼都沒有改變。',
	advancedHeading: '進階設定',
	restoreDefaultsHeading: '預設設定',
	restoreDefaults: '恢復預設設定…',
	restoreDefaultsQuestion:
		'把上面每一項複習設定恢復為預設值？你的學習進度、自己的 FSRS 參數、主題和字級都不會改變。',
	restoreDefaultsConfirm: '恢復預設值',
	restoreDefaultsCancel: '取消',
	restoreDefaultsDone: '複習設定已恢復為預設值。',
	labels: {
		desiredRetention: '目標記憶保留率',
		newCardsPerDay: '每日新卡上限',
		maximumReviewsPerDay: '每日複習上限',
		learningStepsMinutes: '學習步驟（分鐘）',
		relearningStepsMinutes: '重新學習步驟（分鐘）',
		dayStartHour: '新的一天開始於（時）',
		maximumIntervalDays: '最長間隔（天）',
		fuzz: '間隔隨機微調',
		leechLapses: '難記卡門檻（遺忘次數）',
		quizAnswersReview: '測驗作答也計入複習',
		quizAnswersStartNewCards: '測驗也可開始新卡'
	},
	hints: {
		desiredRetention: '0.70 到 0.99。越高，複習越頻繁。',
		newCardsPerDay: '每天最多引入幾張新卡。',
		maximumReviewsPerDay: '每天最多複習幾張到期卡。',
		learningStepsMinutes: '以空格分隔，例如 1 10。',
		relearningStepsMinutes: '答錯後重新學習的步驟，例如 10。',
		dayStartHour: '0 到 23，預設凌晨 4 點。',
		maximumIntervalDays: '1 到 36500。',
		fuzz: '讓同時學的卡不會總是同一天到期。',
		leechLapses: '遺忘達到這個次數時標記為難記卡。',
		quizAnswersReview: '答錯記為「重來」，答對記為「良好」。',
		quizAnswersStartNewCards:
			'關閉時（預設），測驗只計入已在學習中的卡片；還沒學過的卡片留給每日新卡，不會一次塞滿學習佇列。'
	}
};

export default zh;
