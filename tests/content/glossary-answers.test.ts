import { beforeAll, describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import { loadContent, type SiteContent } from '$lib/content/load';
import { scriptMapOf } from '$lib/content/script-map.server';
import { acceptedForms, type GlossaryEntry } from '$lib/domain/glossary';
import { createGrader, type Grader } from '$lib/domain/grading';
import type { ClozeQuestion } from '$lib/domain/question';
import { scriptConverter } from '$lib/domain/script-map';
import { readContentFiles } from './read-files';

// Issue 16: a typed answer that names a glossary entry accepts every form the names page lists for it (its
// Traditional, Simplified and English forms and their variants), graded as the app grades it.

let content: SiteContent;
let grader: Grader;

beforeAll(() => {
	content = loadContent(readContentFiles());
	grader = createGrader(scriptConverter(scriptMapOf(content.catalog)));
}, 30_000);

/** The cloze questions whose answer is a name or term of the glossary (its Chinese answer is one of its forms). */
function clozesNamingEntries(): { question: ClozeQuestion; entry: GlossaryEntry }[] {
	const entries = content.glossary!.entries;
	return allQuestions(content.catalog)
		.filter((question): question is ClozeQuestion => question.kind === 'cloze')
		.flatMap((question) => {
			const answer = grader.normalizeAnswer(question.answer.zh);
			return entries
				.filter((entry) => acceptedForms(entry).some((form) => grader.normalizeAnswer(form) === answer))
				.map((entry) => ({ question, entry }));
		});
}

describe('typed answers and the glossary', () => {
	it('accept every listed form of a name or term the answer is', () => {
		const pairs = clozesNamingEntries();
		expect(pairs.length).toBeGreaterThan(0);
		const refused: string[] = [];
		for (const { question, entry } of pairs) {
			for (const form of acceptedForms(entry)) {
				const verdict = grader.grade(question, { kind: 'cloze', text: form }).kind;
				if (verdict !== 'correct') refused.push(`${question.id} (${entry.id}): "${form}" is ${verdict}`);
			}
		}
		expect(refused).toEqual([]);
	});
});
