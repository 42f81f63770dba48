import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '$lib/content/load';
import { ContentError, formatProblem } from '$lib/content/problems';
import { validateDecks } from '$lib/content/validate';
import { parseArticle } from '$lib/domain/article';
import { readArticleText } from './read-files';

const article = parseArticle(readArticleText());
const deck = (text: string, file = 'questions/decks/test-deck.yaml') => ({ file, text });
const broken = deck(
	readFileSync(join(import.meta.dirname, 'fixtures/broken-deck.yaml'), 'utf8'),
	'questions/decks/broken-deck.yaml'
);

const header = `id: test-deck\norder: 1\ntitle: { zh: 測試, en: Test }\ndescription: { zh: 測試, en: Test }\nquestions:\n`;
const validTrueFalse = `  - id: t-one
    kind: true-false
    prompt: { zh: 上合成立於2001年。, en: The SCO was founded in 2001. }
    answer: true
    explanation: { zh: 見原文。, en: See the article. }
    source: 從2001年上海合作組織（簡稱上合）成立起
`;

describe('validating a deck', () => {
	it('names a wrong quote, a duplicate id and a missing answer, all at once', () => {
		const messages = validateDecks([broken], article).problems.map(formatProblem);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/broken-deck\.yaml › question "broken-wrong-quote" › source: is not a verbatim quote/
				),
				expect.stringMatching(/broken-deck\.yaml › question "broken-twice" › id: duplicate id/),
				expect.stringMatching(/broken-deck\.yaml › question "broken-twice" › answer: is missing/)
			])
		);
	});

	it('refuses to build a catalog from a broken deck, listing every problem in the error', () => {
		expect(() => loadCatalog(readArticleText(), [broken])).toThrow(ContentError);
		try {
			loadCatalog(readArticleText(), [broken]);
		} catch (error) {
			const message = (error as ContentError).message;
			expect(message).toContain('broken-wrong-quote');
			expect(message).toContain('duplicate id');
			expect(message).toContain('answer: is missing');
		}
	});

	it('locates a valid quote by paragraph and character offsets', () => {
		const { decks, problems } = validateDecks([deck(header + validTrueFalse)], article);
		expect(problems).toEqual([]);
		expect(decks[0]!.questions[0]!.sources[0]!.location).toEqual({ paragraphId: 'p1', start: 0, end: 21 });
	});

	it('reports a quote that occurs more than once as ambiguous', () => {
		const text =
			header + validTrueFalse.replace('source: 從2001年上海合作組織（簡稱上合）成立起', 'source: 去俄羅斯');
		const messages = validateDecks([deck(text)], article).problems.map(formatProblem);
		expect(messages).toEqual([
			expect.stringMatching(/source: occurs \d+ times in the article; quote a longer span/)
		]);
	});

	it('reports unreadable YAML with the file name', () => {
		const messages = validateDecks([deck('id: [unclosed')], article).problems.map(formatProblem);
		expect(messages[0]).toMatch(/^questions\/decks\/test-deck\.yaml › YAML: cannot be read/);
	});

	it('checks the rules of each kind', () => {
		const text =
			header +
			`  - id: c-one
    kind: single-choice
    prompt: { zh: 哪一年？, en: Which year? }
    options:
      - { zh: "2001", en: "2001", correct: true }
      - { zh: "2002", en: "2002", correct: true }
      - { zh: "2003", en: "2003" }
    explanation: { zh: 見原文。, en: See the article. }
    source: 從2001年上海合作組織（簡稱上合）成立起
  - id: c-two
    kind: cloze
    prompt: { zh: 上合成立於____年。, en: The SCO was founded in 2001. }
    answer: { zh: "2001", en: "2001" }
    accepted: ["2001"]
    explanation: { zh: 見原文。, en: See the article. }
    source: 從2001年上海合作組織（簡稱上合）成立起
  - id: c-three
    kind: matching
    prompt: { zh: 配對, en: Match }
    pairs:
      - { left: { zh: 甲, en: A }, right: { zh: 一, en: one } }
      - { left: { zh: 甲, en: A }, right: { zh: 二, en: two } }
      - { left: { zh: 丙, en: C }, right: { zh: 三, en: three } }
    explanation: { zh: 見原文。, en: See the article. }
    source: 從2001年上海合作組織（簡稱上合）成立起
    hint: not a field
`;
		const messages = validateDecks([deck(text)], article).problems.map(formatProblem);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/c-one" › options: a single-choice question needs exactly one correct option, has 2/
				),
				expect.stringMatching(/c-two" › accepted: must have 2 to 30 entries/),
				expect.stringMatching(/c-two" › prompt\.en: must contain the blank ____ exactly once/),
				expect.stringMatching(/c-three" › pairs\.left: repeats "甲"/),
				expect.stringMatching(/c-three" › hint: is not a field of a matching question/)
			])
		);
	});
});

describe('deck ids', () => {
	it('refuses a file name that cannot be an address, or the reserved "all"', () => {
		const text = (id: string) => header.replace('id: test-deck', `id: ${id}`) + validTrueFalse;
		for (const id of ['all', 'My Deck']) {
			const messages = validateDecks([deck(text(id), `questions/decks/${id}.yaml`)], article).problems.map(
				formatProblem
			);
			expect(messages).toContainEqual(expect.stringMatching(/cannot be a deck id/));
		}
	});
});
