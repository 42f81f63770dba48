import type { ExportMessages } from './types';

const zh: ExportMessages = {
	exportHeading: '匯出到其他工具',
	exportLead: '把這個題組帶到 Anki 或 Quizlet。',
	exportAnki: 'Anki 匯入檔',
	exportQuizlet: 'Quizlet 匯入檔',
	exportAnkiHint: '在 Anki 選「檔案 → 匯入」，選這個檔案；每題成為一張克漏字卡，背面附原文句子與說明。',
	exportQuizletHint: '在 Quizlet 建立學習集時選「匯入」，貼上檔案內容（詞語與定義之間用 Tab，卡片之間換行）。'
};

export default zh;
