import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/content/load';
import { loadBuiltInArticles, type FolderReader } from '$lib/content/article-folders';
import { deckFileTexts } from '$lib/content/deck-files';
import { packArticleText, packDeckFiles, packFolder, packOrderEntry } from '$lib/content/pack-export';
import { formatProblem } from '$lib/content/problems';
import { validateDecks } from '$lib/content/validate';
import { parseArticle } from '$lib/domain/article';
import type { ArticlePack } from '$lib/domain/pack/format';
import { parsePack, serializePack } from '$lib/domain/pack/parse';
import { readContentFiles, repositoryReader } from './read-files';
import { packFixture } from '../unit/pack/fixture';

// The repository's own content through an article pack and back to deck files: nothing may change on the way.
describe('exporting a pack to the questions/ format', { timeout: 60_000 }, () => {
	const content = loadContent(readContentFiles());
	const claimIds = new Set(content.argumentMap!.claims.map((claim) => claim.id as string));
	const { article, decks } = content.catalog;

	it('round-trips the repository’s decks: built content → pack → deck files → parsed, unchanged', () => {
		const pack: ArticlePack = {
			article: { ...article, title: '上合與中亞', language: 'zh-Hant' },
			decks
		};
		const read = parsePack(serializePack(pack));
		expect(read.ok ? [] : read.problems).toEqual([]);
		if (!read.ok) return;
		expect(read.pack).toEqual(pack);

		const files = packDeckFiles(read.pack);
		expect(files.map((file) => file.file).sort()).toEqual(
			decks.map((deck) => `${packFolder(pack)}/decks/${deck.id}.yaml`).sort()
		);
		const parsed = validateDecks(files, article, { claimIds, requireClaims: true });
		expect(parsed.problems.map(formatProblem)).toEqual([]);
		expect(parsed.decks).toEqual(decks);
		expect(parseArticle(packArticleText(read.pack))).toEqual(article);
	});

	it('writes deck files the build accepts for a pack with a question of each kind', () => {
		const read = parsePack(JSON.stringify(packFixture()));
		if (!read.ok) throw new Error('the fixture must be valid');
		const files = packDeckFiles(read.pack);
		const parsed = validateDecks(files, parseArticle(packArticleText(read.pack)));
		expect(parsed.problems.map(formatProblem)).toEqual([]);
		expect(parsed.decks).toEqual(read.pack.decks);
	});

	it('gives a folder and an order-file entry that the build loads as a further article, its decks unchanged', () => {
		const read = parsePack(JSON.stringify(packFixture()));
		if (!read.ok) throw new Error('the fixture must be valid');
		const zip = deckFileTexts(read.pack, 'note');
		const order = `${repositoryReader.text('questions/articles.yaml')!.trimEnd()}\n${packOrderEntry(read.pack)}\n`;
		// The repository with the zip's folder copied into questions/ and the entry added to the order file.
		const reader: FolderReader = {
			text: (path) =>
				path === 'questions/articles.yaml' ? order : (zip[path] ?? repositoryReader.text(path)),
			list: (folder) => {
				const inZip = Object.keys(zip)
					.filter((path) => path.startsWith(`${folder}/`))
					.map((path) => path.slice(folder.length + 1))
					.filter((name) => !name.includes('/'));
				return inZip.length > 0 ? inZip.sort() : repositoryReader.list(folder);
			}
		};
		const articles = loadBuiltInArticles(['questions'], reader);
		expect(articles.map((article) => article.folder)).toEqual([articles[0]!.folder, packFolder(read.pack)]);
		expect(articles[1]).toMatchObject({
			title: read.pack.article.title,
			language: read.pack.article.language
		});
		expect(articles[1]!.content.catalog.decks).toEqual(read.pack.decks);
	});
});
