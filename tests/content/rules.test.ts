// Each content rule, shown catching a fixture deck that breaks it (tests/content/fixtures/rules/). The same rules
// run on the real decks in teaching.test.ts; a rule that cannot fail here would pass anything there.
import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import {
	answersMissingFromSources,
	copiedStatements,
	datedOrderingItems,
	allowedLongestAnswers,
	echoedAnswers,
	longestAnswers,
	ungroundedDistractors,
	unevenOptions
} from '$lib/content/giveaway-audit';
import { bilingualTexts, englishOffGlossary } from '$lib/content/glossary-audit';
import { loadContent, type SiteContent } from '$lib/content/load';
import {
	claimsLackingAngles,
	conceptsAskedTooOften,
	overusedCaptions,
	tooLittleReasoning,
	trueFalseOverShare
} from '$lib/content/teaching-audit';
import { readArticleText, readContentFile, readFixture } from './read-files';

/** The content of one fixture deck, with the fixture argument map and the real glossary. */
function fixture(deck: string): SiteContent {
	const { file, text } = readFixture(`rules/${deck}.yaml`);
	return loadContent({
		article: readArticleText(),
		decks: [{ file, text }],
		argumentMap: readFixture('argument-map.yaml'),
		glossary: readContentFile('glossary.yaml')
	});
}

describe('each teaching rule catches a deck that breaks it', () => {
	it('a claim asked from fewer than three angles, none of them why or connect', () => {
		const content = fixture('angles');
		expect(claimsLackingAngles(content.catalog, content.argumentMap!)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/claim fixture-claim: 1 angle \(recall\), needs 3; no why or connect/)
			])
		);
	});

	it('a set where too few questions reason', () => {
		expect(tooLittleReasoning(fixture('reasoning').catalog)).toEqual([
			expect.stringMatching(/^0% of questions are reasoning, needs at least 40%/)
		]);
	});

	it('more than two questions drawn mainly on one caption', () => {
		expect(overusedCaptions(fixture('caption').catalog)).toEqual([
			expect.stringMatching(/caption p5: 3 questions \(fx-caption-one, fx-caption-two, fx-caption-three\)/)
		]);
	});

	it('a deck that is more than 15% true/false', () => {
		expect(trueFalseOverShare(fixture('true-false').catalog.decks)).toEqual([
			expect.stringMatching(/^true-false: 1 of 2 questions are true\/false \(50%\)/)
		]);
	});

	it('one concept (claim, angle, answer) asked three times in different kinds', () => {
		expect(conceptsAskedTooOften(fixture('concepts').catalog)).toEqual([
			expect.stringMatching(
				/3 questions ask fixture-claim · recall · .*: fx-concept-cloze, fx-concept-choice, fx-concept-card/
			)
		]);
	});
});

describe('each giveaway rule catches a question that breaks it', () => {
	it('ordering items that carry a year or an ordinal', () => {
		const findings = datedOrderingItems(fixture('ordering').catalog);
		expect(findings).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/fx-dated-ordering items\[0\]\.zh: "2001年上合成立"/),
				expect.stringMatching(/fx-dated-ordering items\[2\]\.zh: "第二屆中國-中亞峰會"/),
				expect.stringMatching(/fx-dated-ordering items\[2\]\.en: "The second China–Central Asia Summit"/)
			])
		);
		expect(findings.some((finding) => finding.includes('items[1]'))).toBe(false);
	});

	it('a true/false statement copied from its source', () => {
		expect(copiedStatements(fixture('copied-statement').catalog)).toEqual([
			expect.stringMatching(/^fx-copied: shares 1 of its wording with its source/)
		]);
	});

	it('an answer much longer than the other options', () => {
		expect(unevenOptions(fixture('uneven-options').catalog)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^fx-uneven \(zh\): options run from 2 to \d+ characters/),
				expect.stringMatching(/^fx-uneven \(en\): the answer .* is much longer than any other option/)
			])
		);
	});

	it('a deck whose answers are mostly the longest option, though each keeps within the length rule', () => {
		const { catalog } = fixture('longest-answer');
		// Each question alone passes unevenOptions: only the deck as a whole gives "pick the longest" away.
		expect(unevenOptions(catalog)).toEqual([]);
		const longest = 'fx-longest-one, fx-longest-two, fx-longest-three';
		expect(longestAnswers(catalog)).toEqual([
			`longest-answer (zh): the answer is the longest option in 3 of 4 single-choice questions, at most 1 allowed (${longest})`,
			`longest-answer (en): the answer is the longest option in 3 of 4 single-choice questions, at most 1 allowed (${longest})`
		]);
	});

	it('allows the answer to be the longest in a third of a deck, and always once', () => {
		expect([1, 2, 3, 7, 9, 24].map(allowedLongestAnswers)).toEqual([1, 1, 1, 2, 3, 8]);
	});

	it('a prompt that names its answer', () => {
		const content = fixture('echo');
		expect(echoedAnswers(content.catalog, content.glossary)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^fx-echo \(zh\): the prompt contains the answer "吉爾吉斯"/),
				expect.stringMatching(/^fx-echo: the prompt and only the correct options name "kyrgyzstan"/)
			])
		);
	});

	it('a wrong option the article never mentions', () => {
		expect(ungroundedDistractors(fixture('absurd-distractor').catalog)).toEqual([
			expect.stringMatching(/^fx-absurd: "宗教、體育、飲食" is 0 article wording/)
		]);
	});

	it('a source that does not hold the answer or its number', () => {
		expect(answersMissingFromSources(fixture('missing-answer').catalog)).toEqual([
			expect.stringMatching(/^fx-missing-cloze: no source quote contains the answer "110萬"/),
			expect.stringMatching(/^fx-missing-cloze: the answer's number 110 not in its sources/),
			expect.stringMatching(/^fx-missing-number: the answer's number 3000 not in its sources/)
		]);
	});

	it('English that renders a name or term otherwise than the glossary', () => {
		const content = fixture('off-glossary');
		const findings = englishOffGlossary(bilingualTexts(content.catalog), content.glossary!);
		expect(findings).toEqual(
			expect.arrayContaining([
				'fx-off-glossary prompt: the Chinese has 俄羅斯 but the English lacks "Russia"',
				'fx-off-glossary prompt: the Chinese has 中亞 but the English lacks "Central Asia"',
				'fx-off-glossary answer: the Chinese has 老本 but the English lacks "legacy assets"',
				'fx-off-glossary answer: "old capital" is not how 老本 is rendered; use "legacy assets"'
			])
		);
	});

	it('passes the fixture questions that keep each rule', () => {
		// The rules flag what breaks them and nothing else: the valid fixture questions raise no finding.
		const content = fixture('true-false');
		expect(allQuestions(content.catalog).map((question) => question.id)).toContain('fx-tf-why');
		expect(copiedStatements(content.catalog)).toEqual([]);
		expect(englishOffGlossary(bilingualTexts(content.catalog), content.glossary!)).toEqual([]);
	});
});
