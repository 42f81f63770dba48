import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/content/catalog';
import {
	contentIndexOf,
	countScopesOf,
	decksHolding,
	indexQuestions
} from '../../src/lib/content/content-index';
import { deckId, paragraphId, questionId } from '../../src/lib/domain/ids';
import type { Deck, Question } from '../../src/lib/domain/question';

const flashcard = (id: string, deck: string): Question =>
	({
		id: questionId(id),
		deckId: deckId(deck),
		kind: 'flashcard',
		prompt: { zh: `${id} 問`, en: `${id} prompt` },
		answer: { zh: `${id} 答`, en: `${id} answer` },
		explanation: { zh: `${id} 解釋`, en: `${id} explanation` },
		sources: []
	}) as unknown as Question;

const deck = (id: string, order: number, questionIds: string[]): Deck => ({
	id: deckId(id),
	order,
	title: { zh: id, en: id },
	description: { zh: '', en: '' },
	questions: questionIds.map((question) => flashcard(question, id))
});

const catalog: Catalog = {
	version: 'abc1234',
	article: {
		date: '2025-09-01',
		paragraphs: [{ id: paragraphId('p1'), number: 1, kind: 'body', text: '一段。' }]
	},
	decks: [deck('first', 1, ['a', 'b']), deck('second', 2, ['c'])]
};

describe('content index', () => {
	it('lists every question in catalog order, without text', () => {
		const index = contentIndexOf(catalog);
		expect(indexQuestions(index).map((question) => question.id)).toEqual(
			catalog.decks.flatMap((deck) => deck.questions.map((question) => question.id))
		);
		expect(JSON.stringify(index)).not.toContain('a explanation');
	});

	it('names the decks that hold some questions, and none for none', () => {
		const index = contentIndexOf(catalog);
		const last = catalog.decks.at(-1)!;
		expect(decksHolding(index, [last.questions[0]!.id])).toEqual([last.id]);
		expect(decksHolding(index, [])).toEqual([]);
	});

	it('gives the home page one count scope for every question and one per deck', () => {
		const scopes = countScopesOf(contentIndexOf(catalog));
		const ids = (scope: string) => scopes[scope]!.map((question) => question.questionId);
		expect(ids('all')).toEqual(
			catalog.decks.flatMap((deck) => deck.questions.map((question) => question.id))
		);
		for (const deck of catalog.decks) {
			expect(ids(`deck:${deck.id}`)).toEqual(deck.questions.map((question) => question.id));
			expect(new Set(scopes[`deck:${deck.id}`]!.map((question) => question.deckId))).toEqual(
				new Set([deck.id])
			);
		}
		expect(Object.keys(scopes)).toHaveLength(catalog.decks.length + 1);
	});

	it('is the same index the benchmark writes for its synthetic catalog', async () => {
		// Plain JavaScript for Node, kept out of the type check by importing it through a computed path.
		const benchModule: string = '../bench/lib/synthetic-content.mjs';
		const bench = (await import(/* @vite-ignore */ benchModule)) as {
			contentIndexOf: typeof contentIndexOf;
		};
		expect(bench.contentIndexOf(catalog)).toEqual(contentIndexOf(catalog));
	});
});
