import type { ArgumentMessages } from './types';

const zh: ArgumentMessages = {
	listSeparator: '、',
	colon: '：',
	lead: '作者的論點一步一步排出來：每個論點是誰的看法、根據原文哪幾句、在哪幾段，以及由它出的題目。',
	summary: (claims, questions) => `${claims} 個論點 · ${questions} 題`,
	thesisHeading: '全文主旨',
	claimLabel: (number) => (number === 0 ? '主旨' : `論點 ${number}`),
	heldBy: '誰的看法：',
	holderKind: { analysis: '（分析）', fact: '（事實）', actor: '（立場）' },
	supports: '支持：',
	supportedBy: '由這些論點支持：',
	evidenceHeading: '根據',
	paragraphsHeading: '段落：',
	questionsHeading: (count) => `題目（${count}）`,
	noQuestions: '這個論點還沒有題目。',
	angle: {
		recall: '記憶',
		why: '為什麼',
		contrast: '對比',
		consequence: '後果',
		'evidence-for-claim': '找證據',
		'claim-from-evidence': '由證據推論',
		connect: '連結兩段',
		apply: '應用',
		'who-says': '誰的看法'
	},
	inTheArticle: '在原文中查看',
	noMap: '這篇文章還沒有論證地圖。',
	followArgument: '看文章的論證，一個論點一個論點',
	claimsOfParagraph: '這一段支持的論點',
	evidenceHighlighted: '已標出這個論點在原文中的根據。',
	backToClaim: '回到論點',
	questionServes: '這一題練習的論點',
	questionAngle: (angle) => `角度：${angle}`,
	memoryLegend: '依各論點題目現在的平均記住機率著色',
	claimMemory: (studied, questions, value) =>
		value === null ? `${questions} 題都還沒學` : `已學 ${studied}／${questions} 題，平均記住 ${value}`
};

export default zh;
