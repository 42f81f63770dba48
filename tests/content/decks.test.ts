import { createHash } from 'node:crypto';
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

	// The reference (../shared/source/article.txt) exists only beside the original checkout, so a clone could not
	// compare with it: its SHA-256, recorded when the copy was made, is checked everywhere, and the file itself
	// wherever it exists (a change to the reference then fails here until the copy and the digest follow it).
	const referenceDigest = '7b62aa50286da51e731dbacb9a0f7e32597e12375be27bcf626d75d4e72e4c0e';
	it('keep the project copy of the article identical to the reference in ../shared', () => {
		const copy = readArticleText();
		expect(createHash('sha256').update(copy).digest('hex')).toBe(referenceDigest);
		const reference = join(questionsFolder, '../../shared/source/article.txt');
		if (existsSync(reference)) expect(copy).toBe(readFileSync(reference, 'utf8'));
	});
});
