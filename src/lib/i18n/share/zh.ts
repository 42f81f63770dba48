import type { ShareMessages } from './types';

/** A title typed by a teacher, isolated from the text around it (the plain-text form of <bdi>). */
const isolated = (text: string) => `\u2068${text}\u2069`;

const zh: ShareMessages = {
	linkHeading: '學生連結',
	linkCopied: '已複製連結',
	copyFailed: '無法自動複製，請手動選取連結複製。',
	shareHeading: '分享這篇文章',
	shareLead: '學生用一個連結就拿到文章、題目和測驗，不需要帳號，也不需要伺服器。',
	downloadPack: '下載文章包檔案',
	downloadPackHint: '一個檔案包含文章和所有題目：其他老師可以匯入到自己的裝置。',
	copyClassLink: '複製課堂連結',
	classLinkLead: '連結裡帶著整篇文章：學生打開就能作答。',
	classLinkPreparing: '正在準備連結…',
	classLinkFailed: '這個瀏覽器無法製作連結。請改為分享文章包檔案。',
	classLinkQrLabel: '帶著文章的課堂連結 QR 碼',
	classLinkTooLargeForQr: (characters) =>
		`這篇文章太大，放不進 QR 碼（連結有 ${characters} 個字元）。請直接把連結傳給學生（訊息或班級網頁），或給他們文章包檔案。`,
	deckFiles: '自架網站用的題組檔',
	deckFilesHint:
		'給自己架設這個 app 的學校：一個 zip，內含放進程式庫 questions/ 的文章資料夾（article.txt 和每個題組一個檔案），以及一份說明，寫著要加進 questions/articles.yaml 的幾行。再用這個指令重建：',
	deckFilesFailed: '無法製作題組檔，請再試一次。',
	rebuildNote: (command, files, entry) =>
		[
			'文章包的題組檔：本 app 程式庫裡的一個文章資料夾（questions/<資料夾>/）。',
			'',
			'1. 把 zip 裡的 questions/… 資料夾複製到程式庫的 questions/ 資料夾',
			`   （${files.join('、')}）。`,
			'2. 在 questions/articles.yaml 的 `articles:` 底下、現有文章之後，加上這幾行：',
			'',
			entry,
			'',
			'3. 重建 app：',
			'',
			`   ${command}`,
			'',
			'建置會先檢查每個檔案，每個問題都會寫出檔案和欄位；網站在 build/ 資料夾。',
			'這篇文章的題目 id 前面會加上資料夾名稱。見 questions/README.md 的 "Adding an article" 和 "Writing a pack out as deck files"。',
			''
		].join('\n'),
	articleChoiceLabel: '文章',
	builtInArticle: '本 app 的文章',
	packLinkTitle: '無法打開這個連結裡的文章',
	packLinkProblem: (code) => {
		switch (code) {
			case 'link-not-base64':
			case 'link-not-deflate':
			case 'link-not-utf8':
			case 'link-empty':
				return '這個連結已損壞或不完整：複製時可能少了一段。請老師重新給你連結，或給你文章包檔案。';
			case 'pack-version-newer':
				return '這篇文章是用較新版本的 app 做的。請重新載入這一頁來更新 app，再打開一次連結。';
			case 'link-too-large':
			case 'link-inflated-too-large':
			case 'pack-too-large':
				return '這個連結裡的文章太大，無法打開。請老師給你文章包檔案。';
			default:
				return '這個連結裡的文章已損壞。請老師重新給你連結，或給你文章包檔案。';
		}
	},
	packLinkNothingChanged: '這部裝置上沒有新增或更改任何東西。',
	joinArticle: (title) => `文章：${isolated(title)}`,
	packAdded: (title) => `「${isolated(title)}」已加入這部裝置：測驗後可以閱讀全文、練習它的題目。`,
	packAddFailed: '無法把這篇文章存在這部裝置上（測驗照常進行，結果代碼不受影響）。',
	hubCarriesPack: (title) => `這些連結帶著文章「${isolated(title)}」：學生的裝置從連結取得文章。`
};

export default zh;
