import { describe, expect, it } from 'vitest';
import { questionKinds } from '$lib/domain/question';
import { packLimits, packVersion } from '$lib/domain/pack/format';
import { parsePack, serializePack, type PackResult } from '$lib/domain/pack/parse';
import type { Problem } from '$lib/domain/validation/problems';
import { packFixture } from './fixture';

const parse = (value: unknown) => parsePack(JSON.stringify(value));
const problemsOf = (result: PackResult): Problem[] => (result.ok ? [] : result.problems);
/** A copy of the fixture, changed by `damage`. */
const damaged = (damage: (pack: ReturnType<typeof packFixture>) => void) => {
	const pack = packFixture();
	damage(pack);
	return pack;
};

describe('an article pack', () => {
	it('reads a valid pack: its article numbered as the build numbers it, a question of every kind', () => {
		const result = parse(packFixture());
		expect(problemsOf(result)).toEqual([]);
		if (!result.ok) return;
		const { article, decks } = result.pack;
		expect(article).toMatchObject({
			title: '上合小史',
			date: '2025-09-05',
			language: 'zh-Hant',
			source: '測試報'
		});
		expect(article.paragraphs.map((p) => [p.id, p.kind])).toEqual([
			['p1', 'heading'],
			['p2', 'body'],
			['p3', 'caption']
		]);
		expect(new Set(decks[0]!.questions.map((q) => q.kind))).toEqual(new Set(questionKinds));
		expect(decks[0]!.questions[1]!.sources[0].location).toEqual({ paragraphId: 'p2', start: 0, end: 10 });
	});

	it('round-trips: serialized and read again, it is the same pack', () => {
		const first = parse(packFixture());
		if (!first.ok) throw new Error('the fixture must be valid');
		const again = parsePack(serializePack(first.pack, 2));
		expect(again).toEqual(first);
		expect(JSON.parse(serializePack(first.pack))).toEqual(packFixture());
	});

	it('names bad JSON, and never throws', () => {
		expect(problemsOf(parsePack('{"format": "article-pack", '))).toEqual([
			{ path: '', code: 'pack-not-json', values: { detail: expect.any(String) } }
		]);
		expect(problemsOf(parsePack('null'))).toEqual([{ path: 'format', code: 'pack-not-a-pack' }]);
		expect(problemsOf(parsePack('[]'))).toEqual([{ path: 'format', code: 'pack-not-a-pack' }]);
	});

	it('says when a pack was made by a newer version of the app, and refuses a version that is not one', () => {
		expect(problemsOf(parse(damaged((pack) => (pack.version = packVersion + 1))))).toEqual([
			{
				path: 'version',
				code: 'pack-version-newer',
				values: { version: packVersion + 1, supported: packVersion }
			}
		]);
		for (const version of [0, 1.5, '1', undefined]) {
			const pack = { ...packFixture(), version };
			expect(problemsOf(parse(pack))).toEqual([
				{ path: 'version', code: 'pack-version-invalid', values: { got: String(version) } }
			]);
		}
	});

	it('reads and writes the article’s optional id, and names a bad one', () => {
		const withId = parse(damaged((pack) => Object.assign(pack.article, { id: 'a-k3j9x2ab' })));
		expect(withId.ok && withId.pack.article.id).toBe('a-k3j9x2ab');
		if (withId.ok) expect(JSON.parse(serializePack(withId.pack)).article.id).toBe('a-k3j9x2ab');
		const withoutId = parse(packFixture());
		expect(withoutId.ok && 'id' in withoutId.pack.article).toBe(false);
		expect(problemsOf(parse(damaged((pack) => Object.assign(pack.article, { id: 'Not An Id' }))))).toEqual([
			{ path: 'article.id', code: 'id-pattern' }
		]);
		const long = 'a'.repeat(packLimits.maxArticleIdChars + 1);
		expect(problemsOf(parse(damaged((pack) => Object.assign(pack.article, { id: long }))))).toEqual([
			{
				path: 'article.id',
				code: 'text-too-long',
				values: { length: long.length, max: packLimits.maxArticleIdChars }
			}
		]);
	});

	it('names a missing field by its path', () => {
		const pack = damaged((pack) => {
			delete (pack.article as Partial<typeof pack.article>).title;
			delete (pack.decks[0]!.questions[0] as { answer?: unknown }).answer;
		});
		expect(problemsOf(parse(pack))).toEqual([
			{ path: 'article.title', code: 'missing' },
			{ path: 'decks[0].questions[0].answer', code: 'missing' }
		]);
	});

	it('names a question whose quote is not in the article, and one whose quote is ambiguous', () => {
		const pack = damaged((pack) => {
			pack.decks[0]!.questions[3]!.source = '俄羅斯的不安減少';
			pack.article.paragraphs[0]!.text = '上合成立於2001年';
		});
		expect(problemsOf(parse(pack))).toEqual([
			{
				path: 'decks[0].questions[1].source',
				code: 'quote-ambiguous',
				values: { quote: '上合成立於2001年', count: 2 }
			},
			{
				path: 'decks[0].questions[2].source[0]',
				code: 'quote-ambiguous',
				values: { quote: '上合成立於2001年', count: 2 }
			},
			{
				path: 'decks[0].questions[3].source',
				code: 'quote-not-found',
				values: { quote: '俄羅斯的不安減少' }
			},
			{
				path: 'decks[0].questions[4].source',
				code: 'quote-ambiguous',
				values: { quote: '上合成立於2001年', count: 2 }
			},
			{
				path: 'decks[0].questions[5].source[0]',
				code: 'quote-ambiguous',
				values: { quote: '上合成立於2001年', count: 2 }
			}
		]);
	});

	it('names a duplicate question id, across decks, and a duplicate deck id', () => {
		const pack = damaged((pack) => {
			const copy = structuredClone(pack.decks[0]!);
			copy.questions = [copy.questions[6]!];
			pack.decks.push(copy);
		});
		expect(problemsOf(parse(pack))).toEqual([
			{ path: 'decks[1].id', code: 'duplicate-id', values: { first: 'decks[0]' } },
			{ path: 'decks[1].questions[0].id', code: 'duplicate-id', values: { first: 'decks[0].questions[6]' } }
		]);
	});

	it('applies the build’s rules of each kind (the shared validator)', () => {
		const pack = damaged((pack) => {
			pack.decks[0]!.questions[1]!.options![1]!.correct = true;
			pack.decks[0]!.questions[4]!.prompt.en = 'The SCO was founded in 2001.';
		});
		expect(problemsOf(parse(pack))).toEqual([
			{ path: 'decks[0].questions[1].options', code: 'single-choice-correct', values: { correct: 2 } },
			{ path: 'decks[0].questions[4].prompt.en', code: 'cloze-blank', values: { blank: '____' } }
		]);
	});

	it('refuses an oversized pack before reading it, and texts and counts past their limits', () => {
		const huge = JSON.stringify({ ...packFixture(), padding: 'x'.repeat(packLimits.maxBytes) });
		expect(problemsOf(parsePack(huge))).toEqual([
			{ path: '', code: 'pack-too-large', values: { size: huge.length, max: packLimits.maxBytes } }
		]);
		// Chinese takes three bytes a character in UTF-8: the limit is on bytes, not characters.
		const wide = JSON.stringify({ ...packFixture(), padding: '字'.repeat(packLimits.maxBytes / 3 + 1) });
		expect(problemsOf(parsePack(wide))[0]?.code).toBe('pack-too-large');

		const long = damaged((pack) => {
			pack.article.title = '長'.repeat(packLimits.maxTitleChars + 1);
			pack.decks[0]!.questions[0]!.explanation = { zh: '解'.repeat(packLimits.maxTextChars + 1), en: 'x' };
		});
		expect(problemsOf(parse(long))).toEqual([
			{
				path: 'article.title',
				code: 'text-too-long',
				values: { length: packLimits.maxTitleChars + 1, max: packLimits.maxTitleChars }
			},
			{
				path: 'decks[0].questions[0].explanation.zh',
				code: 'text-too-long',
				values: { length: packLimits.maxTextChars + 1, max: packLimits.maxTextChars }
			}
		]);

		const many = damaged((pack) => {
			const question = pack.decks[0]!.questions[0]!;
			pack.decks = Array.from({ length: 3 }, (_, d) => ({
				...pack.decks[0]!,
				id: `deck-${d}`,
				questions: Array.from({ length: packLimits.maxQuestions / 2 }, (_, q) => ({
					...question,
					id: `q-${d}-${q}`
				}))
			}));
		});
		expect(problemsOf(parse(many))).toEqual([
			{
				path: 'decks',
				code: 'pack-too-many',
				values: { count: packLimits.maxQuestions * 1.5, what: 'questions', max: packLimits.maxQuestions }
			}
		]);
	});

	it('refuses a paragraph with a blank line, an unknown kind, a bad date and an unknown field', () => {
		const pack = damaged((pack) => {
			pack.article.paragraphs[1]!.text = '上合成立。\n\n中亞是核心。';
			pack.article.paragraphs[2]!.kind = 'photo';
			pack.article.date = '2025-02-30';
			(pack as Record<string, unknown>).extra = true;
		});
		expect(problemsOf(parse(pack))).toEqual([
			{ path: 'extra', code: 'unknown-field', values: { of: 'pack' } },
			{ path: 'article.date', code: 'date-invalid', values: { got: '2025-02-30' } },
			{ path: 'article.paragraphs[1].text', code: 'paragraph-blank-line' },
			{
				path: 'article.paragraphs[2].kind',
				code: 'not-one-of',
				values: { allowed: 'body, heading, caption', got: 'photo' }
			}
		]);
	});
});
