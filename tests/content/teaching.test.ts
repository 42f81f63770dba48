// The real decks against every teaching and giveaway rule. Each rule is shown catching a fixture that breaks it
// in rules.test.ts; the thresholds and why they were chosen are in questions/README.md.
import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import {
	answersMissingFromSources,
	copiedStatements,
	datedOrderingItems,
	echoedAnswers,
	longestAnswers,
	ungroundedDistractors,
	unevenOptions
} from '$lib/content/giveaway-audit';
import { bilingualTexts, englishOffGlossary } from '$lib/content/glossary-audit';
import { loadContent } from '$lib/content/load';
import {
	claimsLackingAngles,
	conceptsAskedTooOften,
	minimumReasoningShare,
	overusedCaptions,
	reasoningShare,
	tooLittleReasoning,
	trueFalseOverShare
} from '$lib/content/teaching-audit';
import { readContentFiles } from './read-files';

const content = loadContent(readContentFiles());
const { catalog } = content;
const map = content.argumentMap!;
const glossary = content.glossary!;

describe('the decks teach the argument', () => {
	it('name a claim of the map and an angle for every question', () => {
		const claimIds = new Set<string>(map.claims.map((claim) => claim.id));
		for (const question of allQuestions(catalog)) {
			expect(claimIds.has(question.claimId!), question.id).toBe(true);
			expect(question.angle, question.id).toBeDefined();
		}
	});

	it('ask every claim from at least three angles, one of them a why or a connection', () => {
		expect(claimsLackingAngles(catalog, map)).toEqual([]);
	});

	it('make at least 40% of all questions reasoning rather than recall', () => {
		expect(tooLittleReasoning(catalog)).toEqual([]);
		expect(reasoningShare(allQuestions(catalog))).toBeGreaterThanOrEqual(minimumReasoningShare);
	});

	it('draw at most two questions mainly on any one photo caption', () => {
		expect(overusedCaptions(catalog)).toEqual([]);
	});

	it('keep true/false to at most 15% of each deck', () => {
		expect(trueFalseOverShare(catalog.decks)).toEqual([]);
	});

	it('ask no concept (claim, angle and answer) more than twice', () => {
		expect(conceptsAskedTooOften(catalog)).toEqual([]);
	});
});

describe('no question gives its answer away', () => {
	it('ordering items carry no dates or numbers', () => {
		expect(datedOrderingItems(catalog)).toEqual([]);
	});

	it('true/false statements restate their source rather than copy it', () => {
		expect(copiedStatements(catalog)).toEqual([]);
	});

	it('options of a choice question are of similar length', () => {
		expect(unevenOptions(catalog)).toEqual([]);
	});

	it("the answer is not the longest option in more than a third of a deck's single choices", () => {
		expect(longestAnswers(catalog)).toEqual([]);
	});

	it('no prompt names its answer', () => {
		expect(echoedAnswers(catalog, glossary)).toEqual([]);
	});

	it('wrong options are built from the article, not invented', () => {
		expect(ungroundedDistractors(catalog)).toEqual([]);
	});
});

describe('every answer rests on the article', () => {
	it('each source quote holds what its answer rests on', () => {
		expect(answersMissingFromSources(catalog)).toEqual([]);
	});

	it('every English text renders names and terms as the glossary does', () => {
		expect(englishOffGlossary(bilingualTexts(catalog, map), glossary)).toEqual([]);
	});
});
