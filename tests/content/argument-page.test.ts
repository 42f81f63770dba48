// What the argument page is given: every claim once, numbered in page order, in one language, with its questions.
import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import {
	argumentView,
	claimOfQuestion,
	claimsOfParagraph,
	evidenceLocations
} from '$lib/content/argument-page';
import { loadContent } from '$lib/content/load';
import { readContentFiles } from './read-files';

describe('the argument page', { timeout: 30_000 }, () => {
	const { catalog, argumentMap } = loadContent(readContentFiles());
	const map = argumentMap!;
	const view = argumentView(map, catalog, 'en');
	const shown = [view.thesis, ...view.parts.flatMap((part) => part.claims)];

	it('shows every claim of the map exactly once, the thesis first and numbered 0, the rest 1, 2, 3…', () => {
		expect(shown.map((claim) => claim.id).sort()).toEqual(map.claims.map((claim) => claim.id).sort());
		expect(view.thesis.id).toBe(map.thesis);
		expect(shown.map((claim) => claim.number)).toEqual(shown.map((_, index) => index));
		expect(view.claimCount).toBe(map.claims.length);
	});

	it('gives each claim its evidence, paragraphs and every question that names it', () => {
		const questions = allQuestions(catalog);
		for (const claim of shown) {
			const source = map.claims.find((entry) => entry.id === claim.id)!;
			expect(claim.statement).toBe(source.statement.en);
			expect(claim.evidence.map((item) => [item.quote, item.en])).toEqual(
				source.evidence.map((item) => [item.quote, item.en])
			);
			expect(claim.paragraphs.map((paragraph) => paragraph.id)).toEqual(source.paragraphIds);
			expect(claim.questions.map((question) => question.id)).toEqual(
				questions.filter((question) => question.claimId === claim.id).map((question) => question.id)
			);
		}
		expect(shown.flatMap((claim) => claim.questions).length).toBe(view.questionCount);
	});

	it('carries only the page language (the Chinese page has no English)', () => {
		const zh = argumentView(map, catalog, 'zh');
		const text = JSON.stringify(zh);
		for (const claim of map.claims) {
			expect(text).not.toContain(claim.statement.en);
			for (const item of claim.evidence) expect(text).not.toContain(item.en);
		}
	});

	it('links each paragraph and question to the claims as the page numbers them', () => {
		const numberOf = new Map(shown.map((claim) => [claim.id as string, claim.number]));
		for (const claim of shown) {
			for (const paragraph of claim.paragraphs) {
				const listed = claimsOfParagraph(map, paragraph.id, 'en');
				expect(listed).toContainEqual({ id: claim.id, number: claim.number, statement: claim.statement });
			}
			for (const question of claim.questions) {
				expect(
					claimOfQuestion(
						map,
						catalog.decks.flatMap((d) => d.questions).find((q) => q.id === question.id)!.claimId,
						'en'
					)?.number
				).toBe(numberOf.get(claim.id));
			}
		}
		expect(Object.keys(evidenceLocations(map)).sort()).toEqual(map.claims.map((claim) => claim.id).sort());
	});
});
