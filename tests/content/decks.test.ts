import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { formatProblem } from '$lib/content/problems';
import { validateDecks } from '$lib/content/validate';
import { parseArticle } from '$lib/domain/article';
import { questionsFolder, readArticleText, readContentFiles } from './read-files';

// Each test parses and validates every content file: CPU-bound work of 1 to 4 s that takes longer when the
// machine is busy, so the default 5 s budget made these fail under load without anything being wrong.
describe('the decks in questions/', { timeout: 30_000 }, () => {
	const article = parseArticle(readArticleText());
	const contentFiles = readContentFiles();
	const files = contentFiles.decks;

	it('are all valid, with every problem listed if not', () => {
		const claimIds = new Set(
			loadContent(contentFiles).argumentMap!.claims.map((claim) => claim.id as string)
		);
		const { problems } = validateDecks(files, article, { claimIds, requireClaims: true });
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('quote the article verbatim, each quote once', () => {
		const text = readArticleText();
		const { catalog } = loadContent(contentFiles);
		for (const question of allQuestions(catalog)) {
			for (const source of question.sources) {
				expect(text.split(source.quote).length - 1, `${question.id}: ${source.quote}`).toBe(1);
				const paragraph = catalog.article.paragraphs.find((p) => p.id === source.location.paragraphId)!;
				expect(paragraph.text.slice(source.location.start, source.location.end)).toBe(source.quote);
			}
		}
	});

	it('use unique question ids', () => {
		const ids = allQuestions(loadContent(contentFiles).catalog).map((question) => question.id);
		expect(ids.length).toBeGreaterThan(0);
		expect(new Set(ids).size).toBe(ids.length);
	});

	// The reference exists only beside the original checkout; a clone reports this test as skipped, not passed.
	const reference = join(questionsFolder, '../../shared/source/article.txt');
	it.skipIf(!existsSync(reference))(
		'keep the project copy of the article identical to the reference in ../shared',
		() => {
			expect(readArticleText()).toBe(readFileSync(reference, 'utf8'));
		}
	);
});
