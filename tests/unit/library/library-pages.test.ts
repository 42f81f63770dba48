import { describe, expect, it } from 'vitest';
import { contentIndexOf } from '$lib/content/content-index';
import { linkCatalogFor, withDeviceArticles } from '$lib/content/device-articles';
import { deckId, paragraphId } from '$lib/domain/ids';
import { packLimits } from '$lib/domain/pack/format';
import { namespacedId } from '$lib/domain/pack/namespace';
import { parsePack } from '$lib/domain/pack/parse';
import { questionKinds } from '$lib/domain/question';
import { decodeQuizLink } from '$lib/domain/quiz/quiz-link';
import { articleIdFromAddress, quizOfDeck } from '../../../src/routes/[[lang=lang]]/library/library-page';
import { packPreview, readPackFile } from '../../../src/routes/[[lang=lang]]/library/import/pack-preview';
import { packFixture } from '../pack/fixture';

const pack = () => {
	const result = parsePack(JSON.stringify(packFixture()));
	if (!result.ok) throw new Error('the pack fixture must be valid');
	return result.pack;
};

describe('the article page’s address', () => {
	it('reads the id from the query or the fragment, and says when there is none', () => {
		expect(articleIdFromAddress('?id=a-one', '')).toBe('a-one');
		expect(articleIdFromAddress('', '#id=a-two')).toBe('a-two');
		expect(articleIdFromAddress('?id=a-one', '#p3')).toBe('a-one');
		expect(articleIdFromAddress('', '')).toBeNull();
		expect(articleIdFromAddress('?id=', '#p3')).toBeNull();
	});
});

describe('a quiz of a device deck', () => {
	it('is a link over every question of the deck, written against its article’s catalog', () => {
		const builtIn = contentIndexOf({
			version: 'v1',
			article: {
				date: '2025-09-05',
				paragraphs: [{ id: paragraphId('p1'), number: 1, kind: 'body', text: '一。' }]
			},
			decks: [
				{
					id: deckId('d'),
					order: 1,
					title: { zh: 'd', en: 'd' },
					description: { zh: '', en: '' },
					questions: []
				}
			]
		});
		const index = withDeviceArticles(builtIn, [{ id: 'a-one', pack: pack() }]);
		const deck = namespacedId('a-one', 'sco-basics');
		const href = quizOfDeck(index, [deck], 'en', () => 0.5);
		expect(href).toMatch(/^\/en\/quiz\/take\/#q=/);
		const token = new URLSearchParams(href!.slice(href!.indexOf('#') + 1)).get('q')!;
		const catalog = linkCatalogFor(index, [namespacedId('a-one', 'basics-flash')]);
		const spec = decodeQuizLink(token, {
			version: catalog.version,
			questionIds: catalog.stubs.map((stub) => stub.id)
		});
		expect([...spec.questionIds].sort()).toEqual(
			pack()
				.decks[0]!.questions.map((question) => namespacedId('a-one', question.id))
				.sort()
		);
		expect(quizOfDeck(index, ['no-such-deck'], 'en')).toBeNull();
	});
});

describe('the import preview', () => {
	it('counts the paragraphs, the questions and each deck’s questions by kind', () => {
		const preview = packPreview(pack());
		expect(preview.paragraphs).toBe(packFixture().article.paragraphs.length);
		expect(preview.questions).toBe(packFixture().decks[0]!.questions.length);
		expect(preview.decks[0]!.kinds.map(([kind]) => kind)).toEqual(questionKinds);
		expect(preview.decks[0]!.kinds.reduce((sum, [, count]) => sum + count, 0)).toBe(preview.questions);
	});

	it('refuses a file over the size limit without reading it, and reads a good one', async () => {
		let read = false;
		const huge = {
			size: packLimits.maxBytes + 1,
			text: () => ((read = true), Promise.resolve(''))
		};
		const result = await readPackFile(huge);
		expect(result).toMatchObject({ ok: false, problems: [{ code: 'pack-too-large' }] });
		expect(read).toBe(false);
		const text = JSON.stringify(packFixture());
		expect((await readPackFile({ size: text.length, text: () => Promise.resolve(text) })).ok).toBe(true);
	});
});
