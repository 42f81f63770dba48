// The argument map, the glossary and the ledger of question ids: the real files load, and broken fixtures are
// refused with every problem named by file, entry and field.
import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { ContentError, formatProblem } from '$lib/content/problems';
import { validateDecks } from '$lib/content/validate';
import { validateArgumentMap } from '$lib/content/validate-argument';
import { validateGlossary } from '$lib/content/validate-glossary';
import { validateQuestionIds } from '$lib/content/validate-question-ids';
import { parseArticle } from '$lib/domain/article';
import { acceptedForms, entriesMentioned } from '$lib/domain/glossary';
import { readArticleText, readContentFile, readContentFiles, readFixture } from './read-files';

const article = parseArticle(readArticleText());

describe('the argument map in questions/', () => {
	const { map, problems } = validateArgumentMap(readContentFile('argument.yaml'), article);

	it('is valid, with every problem listed if not', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('states the article in 20 to 30 claims, each with evidence, under one thesis', () => {
		expect(map!.claims.length).toBeGreaterThanOrEqual(20);
		expect(map!.claims.length).toBeLessThanOrEqual(30);
		expect(map!.claims.find((claim) => claim.id === map!.thesis)?.supports).toBeUndefined();
		for (const claim of map!.claims) {
			expect(claim.evidence.length, claim.id).toBeGreaterThan(0);
			expect(claim.paragraphIds.length, claim.id).toBeGreaterThan(0);
		}
	});

	it('names who holds each claim, the author and actors alike', () => {
		const holdersUsed = new Set(map!.claims.flatMap((claim) => claim.holderIds));
		const kinds = new Set(
			map!.holders.filter((holder) => holdersUsed.has(holder.id)).map((holder) => holder.kind)
		);
		expect(kinds).toEqual(new Set(['analysis', 'fact', 'actor']));
	});

	it('refuses a broken map, naming each problem', () => {
		const messages = validateArgumentMap(readFixture('broken-argument-map.yaml'), article).problems.map(
			formatProblem
		);
		const file = 'tests/content/fixtures/broken-argument-map.yaml';
		expect(messages).toEqual(
			expect.arrayContaining([
				`${file} › claim "unknown-holder" › holder: names no holder of the map: kremlin`,
				expect.stringMatching(
					/claim "misquoted" › evidence\[0\]\.quote: is not a verbatim quote of the article/
				),
				`${file} › claim "supports-nothing" › supports: is missing: every claim but the thesis names the claim it supports`,
				expect.stringMatching(
					/claim "circle-a" › supports: goes round in a circle \(circle-a → circle-b → circle-a\)/
				),
				`${file} › thesis: names no claim of the map: "no-such-claim"`
			])
		);
	});
});

describe('the glossary in questions/', () => {
	const { glossary, problems } = validateGlossary(readContentFile('glossary.yaml'), article);

	it('is valid, with every problem listed if not', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('gives every person, place and organisation of the article one English rendering', () => {
		const kinds = new Set(glossary!.entries.map((entry) => entry.kind));
		expect(kinds).toEqual(new Set(['person', 'place', 'organisation', 'term']));
		// The ten leaders of the Tianjin group photo (paragraph 11) are all entries.
		const caption = article.paragraphs.find((paragraph) => paragraph.text.includes('合影。（Reuters）'))!;
		const people = entriesMentioned(caption.text, glossary!.entries).filter(
			(entry) => entry.kind === 'person'
		);
		expect(people.map((entry) => entry.id)).toHaveLength(caption.text.match(/總統|總理|主席/g)!.length);
	});

	it('lists the forms a reader may type (普京 / 普丁 / Putin)', () => {
		const putin = glossary!.entries.find((entry) => entry.zh === '普京')!;
		expect(acceptedForms(putin)).toEqual(expect.arrayContaining(['普京', '普丁', 'Putin', 'Vladimir Putin']));
	});

	it('refuses a broken glossary, naming each problem', () => {
		const messages = validateGlossary(readFixture('broken-glossary.yaml'), article).problems.map(
			formatProblem
		);
		const file = 'tests/content/fixtures/broken-glossary.yaml';
		expect(messages).toEqual(
			expect.arrayContaining([
				`${file} › entry "not-in-article" › zh: "撒馬爾罕" is not in the article: zh is the article's own form`,
				`${file} › entry "russia-again" › zh: "俄羅斯" is already a form of entry "russia"`,
				`${file} › entry "odd-kind" › kind: must be one of person, place, organisation, term; got "planet"`,
				`${file} › entry "self-avoiding" › avoid: "old capital" is also one of its own forms`
			])
		);
	});
});

describe('the ledger of question ids', () => {
	it('accounts for every id ever recorded: still in the decks or retired, and no retired id reused', () => {
		const content = loadContent(readContentFiles());
		const inDecks = new Map(
			allQuestions(content.catalog).map((question) => [question.id as string, question.deckId])
		);
		const { ledger, problems } = validateQuestionIds(readContentFile('question-ids.yaml'), inDecks);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(ledger!.recorded.length).toBeGreaterThan(0);
		for (const id of ledger!.recorded) expect(inDecks.has(id) || ledger!.retired.has(id), id).toBe(true);
		for (const id of ledger!.retired.keys()) expect(inDecks.has(id), id).toBe(false);
	});

	it('refuses an id dropped without retiring it, and a retired id used again', () => {
		const deck = readFixture('rules/reused-id.yaml');
		const run = () =>
			loadContent({
				article: readArticleText(),
				decks: [deck],
				argumentMap: readFixture('argument-map.yaml'),
				questionIds: readFixture('question-ids.yaml')
			});
		expect(run).toThrow(ContentError);
		const messages = (() => {
			try {
				run();
				return [];
			} catch (error) {
				return (error as ContentError).problems.map(formatProblem);
			}
		})();
		expect(messages).toEqual([
			'tests/content/fixtures/question-ids.yaml › question "fx-dropped" › id: was removed from the decks without being retired: list it under retired with a reason',
			'tests/content/fixtures/rules/reused-id.yaml › question "fx-reused" › id: is retired (a retired question) and cannot be used again: give the question a new id'
		]);
	});
});

describe("a question's claim and angle", () => {
	const header = `id: test-deck\norder: 1\ntitle: { zh: 測試, en: Test }\ndescription: { zh: 測試, en: Test }\nquestions:\n`;
	const question = (fields: string) => `  - id: t-one
    kind: true-false
${fields}    prompt: { zh: 上合成立於2001年。, en: The SCO was founded in 2001. }
    answer: true
    explanation: { zh: 見原文。, en: See the article. }
    source: 從2001年上海合作組織（簡稱上合）成立起
`;
	const deck = (fields: string) => [
		{ file: 'questions/decks/test-deck.yaml', text: header + question(fields) }
	];
	const claimIds = new Set(['fixture-claim']);

	it('must name a claim of the map and a known angle', () => {
		const messages = validateDecks(deck('    claim: no-such-claim\n    angle: gossip\n'), article, {
			claimIds
		}).problems.map(formatProblem);
		expect(messages).toEqual([
			'questions/decks/test-deck.yaml › question "t-one" › claim: "no-such-claim" is not a claim of the argument map',
			expect.stringMatching(/question "t-one" › angle: must be one of recall, why, .*who-says; got "gossip"/)
		]);
	});

	it('are required once the decks are written against a map', () => {
		const messages = validateDecks(deck(''), article, { claimIds, requireClaims: true }).problems.map(
			formatProblem
		);
		expect(messages).toEqual([
			'questions/decks/test-deck.yaml › question "t-one" › claim: is missing: every question names the claim it serves',
			'questions/decks/test-deck.yaml › question "t-one" › angle: is missing: every question names its angle'
		]);
	});

	it('are read into the question', () => {
		const { decks, problems } = validateDecks(
			deck('    claim: fixture-claim\n    angle: recall\n'),
			article,
			{ claimIds }
		);
		expect(problems).toEqual([]);
		expect(decks[0]!.questions[0]).toMatchObject({ claimId: 'fixture-claim', angle: 'recall' });
	});
});
