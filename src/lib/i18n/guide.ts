import type { Language } from '$lib/domain/language';

/** The first-run guide's texts, in both languages: read only by the guide, which loads lazily. */
export type GuideMessages = {
	title: string;
	step: (current: number, total: number) => string;
	steps: { heading: string; body: string }[];
	skip: string;
	back: string;
	next: string;
	done: string;
};

export const guideMessages: Record<Language, GuideMessages> = {
	zh: {
		title: '開始之前：三件事',
		step: (current, total) => `第 ${current} 步，共 ${total} 步`,
		steps: [
			{
				heading: '四個評分的意思',
				body: '答完一張卡，照你記得的程度評分：「重來」是忘了，「困難」是想了很久，「良好」是記得，「簡單」是一看就會。每個按鈕都寫著下次複習的間隔。'
			},
			{
				heading: '答案的出處',
				body: '每一題都出自文章的一句話。按卡片上的「出處」，就能在旁邊（手機上是從底部）讀到那一段，句子已標出，複習不會中斷。'
			},
			{
				heading: '測驗也算複習',
				body: '在「測驗」出一份題目。對已經在學的卡，每個答案都記為一次複習：答錯算「重來」，答對算「良好」；沒學過的卡留給每天的新卡。'
			}
		],
		skip: '略過',
		back: '上一步',
		next: '下一步',
		done: '開始學習'
	},
	en: {
		title: 'Before you start: three things',
		step: (current, total) => `Step ${current} of ${total}`,
		steps: [
			{
				heading: 'What the four ratings mean',
				body: 'After each card, rate how well you remembered: Again if you forgot, Hard if it took long, Good if you remembered, Easy if it was instant. Each button shows when the card comes back.'
			},
			{
				heading: 'Where the answer comes from',
				body: 'Every question comes from one sentence of the article. “Source” on the card opens that paragraph beside it (from the bottom on a phone) with the sentence highlighted, without leaving your review.'
			},
			{
				heading: 'Quizzes feed your review',
				body: 'Build a quiz under Quiz. On cards you already study, each answer counts as a review: wrong as Again, right as Good. Cards you have not started are left for your daily new cards.'
			}
		],
		skip: 'Skip',
		back: 'Back',
		next: 'Next',
		done: 'Start learning'
	}
};
