import { describe, expect, it } from 'vitest';
import { builtInArticleId, type ContentIndex } from '$lib/content/content-index';
import { catalogScope } from '$lib/data/statistics';

// Statistics scoped to one whole article: the built-in one or one on this device (issue 17).
const index: Pick<ContentIndex, 'decks' | 'articles' | 'articleDate' | 'paragraphs' | 'version'> = {
	version: 'v',
	articleDate: '2025-09-05',
	paragraphs: [],
	articles: [
		{
			id: builtInArticleId,
			builtIn: true,
			date: '2025-09-05',
			language: 'zh-Hant',
			paragraphCount: 1,
			version: 'v'
		},
		{
			id: 'mine',
			builtIn: false,
			title: '我的',
			date: '2025-09-06',
			language: 'zh-Hant',
			paragraphCount: 1,
			version: 'L1'
		}
	],
	decks: [
		{
			id: 'a',
			order: 1,
			title: { zh: 'A', en: 'A' },
			description: { zh: '', en: '' },
			questions: [{ id: 'a-1', deckId: 'a', kind: 'flashcard' }]
		},
		{
			id: 'mine--d',
			order: 1,
			title: { zh: 'D', en: 'D' },
			description: { zh: '', en: '' },
			questions: [
				{ id: 'mine--q1', deckId: 'mine--d', kind: 'cloze' },
				{ id: 'mine--q2', deckId: 'mine--d', kind: 'flashcard' }
			]
		}
	]
} as never;

describe('the statistics scope of one article', () => {
	it("holds that article's questions only, and lists the articles and each deck's article", () => {
		expect(catalogScope(index, null, 'mine').questionIds).toEqual(['mine--q1', 'mine--q2']);
		expect(catalogScope(index, null, builtInArticleId).questionIds).toEqual(['a-1']);
		expect(catalogScope(index, null).questionIds).toEqual(['a-1', 'mine--q1', 'mine--q2']);
		const { articles, decks } = catalogScope(index, null);
		expect(articles.map((article) => [article.id, article.title])).toEqual([
			[builtInArticleId, undefined],
			['mine', '我的']
		]);
		expect(decks.map((deck) => deck.articleId)).toEqual([builtInArticleId, 'mine']);
	});
});
