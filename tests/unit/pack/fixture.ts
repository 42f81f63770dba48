import type { ArticlePack } from '$lib/domain/pack/format';
import { parsePack } from '$lib/domain/pack/parse';

// A short article pack in its JSON shape: three paragraphs and one deck with a question of each of the 7 kinds.
// Tests damage a copy (structuredClone) to see each problem named.

const explanation = { zh: '見第2段。', en: 'See paragraph 2.' };
const source = '上合成立於2001年';

export const packFixture = () => ({
	format: 'article-pack',
	version: 1,
	article: {
		title: '上合小史',
		date: '2025-09-05',
		source: '測試報',
		language: 'zh-Hant',
		paragraphs: [
			{ kind: 'heading', text: '上合的起點' },
			{ kind: 'body', text: '上合成立於2001年，中亞國家是組織核心。俄羅斯的不安同步增長。' },
			{ kind: 'caption', text: '2025年9月1日，天津峰會的會場。（新華社）' }
		]
	},
	decks: [
		{
			id: 'sco-basics',
			order: 1,
			title: { zh: '上合基本', en: 'SCO basics' },
			description: { zh: '成立與核心', en: 'Founding and core' },
			questions: [
				{
					id: 'basics-flash',
					kind: 'flashcard',
					prompt: { zh: '上合的核心是誰？', en: 'Who is at the core of the SCO?' },
					answer: { zh: '中亞國家', en: 'The Central Asian states' },
					explanation,
					source: '中亞國家是組織核心'
				},
				{
					id: 'basics-single',
					kind: 'single-choice',
					prompt: { zh: '上合成立於哪一年？', en: 'When was the SCO founded?' },
					options: [
						{ zh: '2001年', en: '2001', correct: true },
						{ zh: '1999年', en: '1999' },
						{ zh: '2005年', en: '2005' }
					],
					explanation,
					source
				},
				{
					id: 'basics-multiple',
					kind: 'multiple-select',
					prompt: { zh: '第2段說了哪些事？', en: 'What does paragraph 2 say?' },
					options: [
						{ zh: '上合成立於2001年', en: 'The SCO was founded in 2001', correct: true },
						{ zh: '中亞國家是核心', en: 'Central Asia is its core', correct: true },
						{ zh: '俄羅斯退出上合', en: 'Russia left the SCO' }
					],
					explanation,
					source: [source, '中亞國家是組織核心']
				},
				{
					id: 'basics-true-false',
					kind: 'true-false',
					prompt: { zh: '俄羅斯的不安隨之增長。', en: "Russia's unease grew with it." },
					answer: true,
					explanation,
					source: '俄羅斯的不安同步增長'
				},
				{
					id: 'basics-cloze',
					kind: 'cloze',
					prompt: { zh: '上合成立於____年。', en: 'The SCO was founded in ____.' },
					answer: { zh: '2001', en: '2001' },
					accepted: ['2001', '二〇〇一'],
					explanation,
					source
				},
				{
					id: 'basics-ordering',
					kind: 'ordering',
					prompt: { zh: '依文章排列。', en: 'Put them in the article’s order.' },
					items: [
						{ zh: '上合成立', en: 'The SCO is founded' },
						{ zh: '中亞成為核心', en: 'Central Asia becomes its core' },
						{ zh: '俄羅斯不安', en: 'Russia grows uneasy' }
					],
					explanation,
					source: [source, '俄羅斯的不安同步增長']
				},
				{
					id: 'basics-matching',
					kind: 'matching',
					prompt: { zh: '配對。', en: 'Match them.' },
					pairs: [
						{ left: { zh: '2001年', en: '2001' }, right: { zh: '成立', en: 'founding' } },
						{ left: { zh: '中亞', en: 'Central Asia' }, right: { zh: '核心', en: 'core' } },
						{ left: { zh: '俄羅斯', en: 'Russia' }, right: { zh: '不安', en: 'unease' } }
					],
					explanation,
					source: '中亞國家是組織核心'
				}
			]
		}
	]
});

export type PackFixture = ReturnType<typeof packFixture>;

/** The fixture pack read as the app reads it (parsePack), with `change` applied to its JSON first. */
export function parsedPackFixture(change: (raw: PackFixture) => void = () => {}): ArticlePack {
	const raw = packFixture();
	change(raw);
	const result = parsePack(JSON.stringify(raw));
	if (!result.ok) throw new Error(`the pack fixture must be valid: ${JSON.stringify(result.problems)}`);
	return result.pack;
}
