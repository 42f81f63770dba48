import { describe, expect, it } from 'vitest';
import { parsePack } from '$lib/domain/pack/parse';
import {
	articleIdOf,
	localIdOf,
	namespacedDecks,
	namespacedId,
	namespacedQuestionIds,
	packArticleId
} from '$lib/domain/pack/namespace';
import { idPattern } from '$lib/domain/validation/fields';
import { packFixture } from './fixture';

const pack = () => {
	const result = parsePack(JSON.stringify(packFixture()));
	if (!result.ok) throw new Error('the fixture must be valid');
	return result.pack;
};

describe('article ids and namespaced ids', () => {
	it('an article keeps its own id', () => {
		expect(packArticleId({ id: 'a-k3j9x2ab', title: 'T', date: '2025-09-05' })).toBe('a-k3j9x2ab');
	});

	it('an article without an id gets one from its title and date: the same on every device, valid in addresses', () => {
		const article = { title: '上合小史', date: '2025-09-05' };
		const id = packArticleId(article);
		expect(id).toBe(packArticleId({ ...article }));
		expect(id).toMatch(idPattern);
		expect(id.length).toBeLessThanOrEqual(40);
		expect(packArticleId({ ...article, title: '上合小史 2' })).not.toBe(id);
		expect(packArticleId({ ...article, date: '2025-09-06' })).not.toBe(id);
	});

	it('namespaces every deck and question id, and reads the parts back', () => {
		const decks = namespacedDecks('a-one', pack().decks);
		const [deck] = decks;
		expect(deck!.id).toBe('a-one--sco-basics');
		for (const question of deck!.questions) {
			expect(question.id).toBe(namespacedId('a-one', localIdOf(question.id)));
			expect(question.deckId).toBe(deck!.id);
			expect(articleIdOf(question.id)).toBe('a-one');
		}
		expect(namespacedQuestionIds('a-one', pack())).toEqual(deck!.questions.map((question) => question.id));
		// The pack itself is left as it was.
		expect(pack().decks[0]!.id).toBe('sco-basics');
	});

	it('a built-in id (single hyphens) is never in a device namespace', () => {
		for (const id of ['derus-wave-after-2022', 'sco-basics', 'q1']) {
			expect(id).toMatch(idPattern);
			expect(articleIdOf(id)).toBeUndefined();
			expect(localIdOf(id)).toBe(id);
		}
		expect(namespacedId('a-one', 'q1')).not.toMatch(idPattern);
	});
});
