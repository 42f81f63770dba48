import type { AidsMessages } from './types';

const zh: AidsMessages = {
	listSeparator: '、',
	names: {
		heading: '人名與詞語',
		lead: '文章提到的每個人、地方、組織與關鍵詞：正體、簡體與英文寫法、拼音，出現在哪幾句，以及問到它的題目。',
		summary: (entries) => `共 ${entries} 條`,
		kindHeading: { person: '人物', place: '地方', organisation: '組織與會議', term: '詞語' },
		searchLabel: '搜尋名稱',
		searchHint: '任何寫法都可以：正體、簡體、英文或拼音。',
		shown: (shown, total) => `顯示 ${shown} / ${total} 條`,
		noMatch: '沒有符合的名稱。',
		traditional: '正體',
		simplified: '簡體',
		english: '英文',
		reading: '拼音',
		sentences: (count) => `出現在 ${count} 句`,
		sentenceLink: (paragraph, sentence) => `${paragraph}.${sentence}`,
		sentenceLinkLabel: (paragraph, sentence) => `第 ${paragraph} 段第 ${sentence} 句`,
		onlyWithin: '文中只出現在較長的名稱裡。',
		questions: (count) => `${count} 題問到它`,
		noQuestions: '沒有題目問到它。',
		onTheMap: '在地圖上',
		noGlossary: '這篇文章還沒有名稱表。'
	},
	places: {
		heading: '時間與地圖',
		lead: '文章提到的事件依時間排列，提到的國家與城市畫在地圖上；每一項都連到原文的句子與相關題目。',
		timelineHeading: '時間線',
		timelineLead: '日期照文章的寫法；每個事件連到原文引用的那一句。',
		inTheArticle: (paragraph) => `原文第 ${paragraph} 段`,
		questions: (count) => `${count} 題`,
		noQuestions: '沒有題目',
		mapHeading: '地圖',
		mapLead: '點選國家或城市，可以看到原文提到它的句子。',
		mapTitle: '中亞及其鄰國地圖',
		mapDescription:
			'標出文章提到的國家與城市：中亞五國、俄羅斯、中國及其他鄰國，以及天津、莫斯科、阿斯塔納等城市。下方的表格列出同樣的地方。',
		listHeading: '地方一覽',
		kind: { country: '國家', city: '城市', site: '地點' },
		columnPlace: '地方',
		columnSentences: '原文句子',
		columnQuestions: '題目',
		namesLink: '所有人名與詞語',
		memoryLegend: '依各地方、各事件相關題目目前的平均記憶機率著色',
		memoryOf: (studied, questions, percent) =>
			percent === null ? `${questions} 題，尚未學習` : `已學 ${studied}/${questions} 題，平均記憶 ${percent}`,
		credit: '地圖資料：Natural Earth（公有領域），經 world-atlas 套件；於建置時以 d3-geo 繪製。'
	}
};

export default zh;
