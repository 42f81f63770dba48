import type { AuthorMessages } from './types';

const zh: AuthorMessages = {
	problems: {
		missing: () => '此欄必填。',
		'not-text': () => '請在此填寫文字。',
		'not-language-text': () => '請填寫此欄文字（不可留白）。',
		'not-bilingual': () => '此欄需要中文與英文兩種文字。',
		'not-boolean': () => '此欄只能是「對」或「錯」。',
		'not-number': () => '此欄必須是數字。',
		'not-list': () => '此欄必須是清單。',
		'not-mapping': () => '此項的格式不正確。',
		'not-one-of': (v) => `這裡不能用「${v.got}」，請從以下選一：${v.allowed}。`,
		'unknown-field': () => '這裡沒有這個欄位。',
		count: (v) => `請提供 ${v.min} 至 ${v.max} 項（目前 ${v.count} 項）。`,
		repeated: (v) => `「${v.text}」重複出現。`,
		'id-pattern': () => '只能用小寫英文字母、數字與連字號。',
		'duplicate-id': (v) => `這個代號已經用過（${v.first}）。`,
		'text-too-long': (v) => `這段文字有 ${v.length} 字，最多 ${v.max} 字。`,
		'source-shape': () => '請選取題目出自的句子。',
		'not-quote': () => '引文是空的。',
		'quote-not-found': (v) => `文章中找不到一字不差的「${v.quote}」。`,
		'quote-ambiguous': (v) => `「${v.quote}」在文章中出現 ${v.count} 次，請選取較長的段落。`,
		'claim-missing': () => '請填寫這題所屬的論點。',
		'angle-missing': () => '請填寫這題的提問角度。',
		'claim-without-map': (v) => `無法核對論點「${v.claim}」：這篇文章沒有論證圖。`,
		'claim-unknown': (v) => `「${v.claim}」不是論證圖中的論點。`,
		'single-choice-correct': (v) => `請只標出一個正確選項（目前標了 ${v.correct} 個）。`,
		'multiple-select-correct': (v) =>
			`請至少標出兩個正確選項，並保留至少一個錯誤選項（目前 ${v.total} 個中標了 ${v.correct} 個）。`,
		'cloze-blank': (v) => `題目中必須有且只有一個空格 ${v.blank}。`,
		'accepted-not-texts': () => '每個可接受的答案都必須是文字。',
		'accepted-lacks-answer': (v) => `可接受的答案必須包含答案「${v.answer}」。`,
		'accepted-repeats': () => '有一個可接受的答案重複了。',
		'deck-id-file': (v) => `題組代號必須是「${v.expected}」（目前是「${v.got}」）。`,
		'deck-id-reserved': (v) =>
			`「${v.id}」不能當題組代號：請用小寫英文字母、數字與連字號，也不能是「all」或「my-cards」。`,
		'pack-too-large': (v) => `檔案太大（${v.size} 位元組，上限 ${v.max}）。`,
		'pack-not-json': () => '這個檔案已損壞，或不是文章包（不是 JSON）。',
		'pack-not-a-pack': () => '這個檔案不是文章包。',
		'pack-version-newer': () => '這個文章包由較新版本的應用程式製作。請重新整理頁面以更新，再試一次。',
		'pack-version-invalid': () => '這個文章包的版本資料已損壞。',
		'pack-too-many': (v) => `這個文章包有 ${v.count} 題，最多 ${v.max} 題。`,
		'date-invalid': () => '請填寫正確的日期（年、月、日）。',
		'paragraph-blank-line': () => '這一段中間有空行：請分成兩段。',
		'link-empty': () => '這個連結裡沒有文章。請索取完整的連結（包括「#pack=」之後的部分）。',
		'link-too-large': () => '這個連結太長，無法開啟。',
		'link-not-base64': () => '這個連結已損壞或不完整：可能在複製時被截斷了。請再索取一次。',
		'link-not-deflate': () => '這個連結已損壞或不完整：可能在複製時被截斷了。請再索取一次。',
		'link-inflated-too-large': () => '這個連結裡的文章太大，無法開啟。',
		'link-not-utf8': () => '這個連結已損壞。請再索取一次。'
	}
};

export default zh;
