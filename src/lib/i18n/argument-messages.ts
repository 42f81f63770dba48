import type { HolderKind } from '$lib/domain/argument';
import type { Language } from '$lib/domain/language';
import type { QuestionAngle } from '$lib/domain/question';

/** Interface texts of the argument page and the links to it: the `argument` section of Messages. */
export type ArgumentMessages = {
	/** Between items of a list of links. */
	listSeparator: string;
	/** After a label that introduces a text (論點 3：…, Claim 3: …). */
	colon: string;
	heading: string;
	lead: string;
	/** The summary line under the heading. */
	summary: (claims: number, questions: number) => string;
	thesisHeading: string;
	claimLabel: (number: number) => string;
	heldBy: string;
	/** Shown after the holder's name, in brackets. */
	holderKind: Record<HolderKind, string>;
	supports: string;
	supportedBy: string;
	evidenceHeading: string;
	paragraphsHeading: string;
	questionsHeading: (count: number) => string;
	noQuestions: string;
	angle: Record<QuestionAngle, string>;
	inTheArticle: string;
	noMap: string;
	/** On the reader and paragraph pages. */
	followArgument: string;
	claimsOfParagraph: string;
	evidenceHighlighted: string;
	backToClaim: string;
	/** On a question page. */
	questionServes: string;
	questionAngle: (angle: string) => string;
	memoryLegend: string;
	claimMemory: (studied: number, questions: number, percent: string | null) => string;
};

const zh: ArgumentMessages = {
	listSeparator: '、',
	colon: '：',
	heading: '文章的論證',
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

const en: ArgumentMessages = {
	listSeparator: ', ',
	colon: ': ',
	heading: "The article's argument",
	lead: "The author's case, step by step: who holds each claim, the sentences it rests on, the paragraphs they are in, and the questions that practise it.",
	summary: (claims, questions) =>
		`${claims} claim${claims === 1 ? '' : 's'} · ${questions} question${questions === 1 ? '' : 's'}`,
	thesisHeading: 'The thesis',
	claimLabel: (number) => (number === 0 ? 'Thesis' : `Claim ${number}`),
	heldBy: 'Held by:',
	holderKind: { analysis: '(analysis)', fact: '(fact)', actor: '(position)' },
	supports: 'Supports:',
	supportedBy: 'Supported by:',
	evidenceHeading: 'Evidence',
	paragraphsHeading: 'Paragraphs:',
	questionsHeading: (count) => `Questions (${count})`,
	noQuestions: 'No questions practise this claim yet.',
	angle: {
		recall: 'recall',
		why: 'why',
		contrast: 'contrast',
		consequence: 'consequence',
		'evidence-for-claim': 'evidence for the claim',
		'claim-from-evidence': 'claim from the evidence',
		connect: 'connecting paragraphs',
		apply: 'applying the argument',
		'who-says': 'who says what'
	},
	inTheArticle: 'See it in the article',
	noMap: 'This article has no argument map yet.',
	followArgument: "Follow the article's argument, claim by claim",
	claimsOfParagraph: 'Claims this paragraph supports',
	evidenceHighlighted: 'Highlighted: the evidence for a claim of the argument.',
	backToClaim: 'Back to the claim',
	questionServes: 'The claim this question practises',
	questionAngle: (angle) => `Angle: ${angle}`,
	memoryLegend: "Shaded by the average chance, now, of recalling each claim's questions",
	claimMemory: (studied, questions, value) =>
		value === null
			? `None of its ${questions} question${questions === 1 ? '' : 's'} studied yet`
			: `${studied} of ${questions} studied, ${value} recalled on average`
};

export const argumentMessages: Record<Language, ArgumentMessages> = { zh, en };
