import type { SpeechMessages } from './types';

const zh: SpeechMessages = {
	heading: '朗讀',
	lead: '按段落旁的「朗讀」，逐句唸出這一段，正在唸的句子會標出來。',
	rate: '語速',
	rateValue: (rate) => `${rate} 倍`,
	readParagraph: '朗讀',
	readParagraphNumber: (paragraph) => `朗讀第 ${paragraph} 段`,
	stop: '停止朗讀',
	reading: (sentence, count) => `正在朗讀第 ${sentence}／${count} 句`,
	checking: '正在檢查這台裝置的語音…',
	noChineseVoice:
		'這台裝置沒有中文語音，所以無法朗讀。可以在系統的語言或語音設定中加入中文（台灣）語音，再重新載入這一頁。',
	unsupported: '這個瀏覽器不支援語音朗讀。',
	voiceInUse: (name, lang) => `使用語音：${name}（${lang}）`,
	readPrompt: '朗讀',
	readPromptsOption: '每張卡自動朗讀題目'
};
export default zh;
