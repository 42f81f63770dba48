// The built-in articles' folders, loaded as the build loads them (content/article-folders.ts): questions/ and the
// tests' fixture article (tests/fixtures/questions/yushan/), read together through the same loader and disk reader.
import { describe, expect, it } from 'vitest';
import {
	builtInPack,
	loadBuiltInArticles,
	readArticleOrder,
	type FolderReader
} from '$lib/content/article-folders';
import { questionRoots } from '$lib/content/article-folders.server';
import { allQuestions } from '$lib/content/catalog';
import { articleDecks, articlesOf, builtInArticleId, contentIndexOf } from '$lib/content/content-index';
import { withBuiltInPacks } from '$lib/content/device-articles';
import { ContentError } from '$lib/content/problems';
import { readPack, serializePack } from '$lib/domain/pack/parse';
import { articleIdOf } from '$lib/domain/pack/article-id';
import { readContentFiles, repositoryReader } from './read-files';
import { loadContent } from '$lib/content/load';

const fixtureRoot = 'tests/fixtures/questions';
const roots = ['questions', fixtureRoot];
let loaded: ReturnType<typeof loadBuiltInArticles> | undefined;
const both = () => (loaded ??= loadBuiltInArticles(roots, repositoryReader));

/** The repository's files, with some replaced or added (paths relative to the repository). */
const overlay = (files: Record<string, string>): FolderReader => ({
	text: (path) => files[path] ?? repositoryReader.text(path),
	list: (folder) => repositoryReader.list(folder)
});

const problemsOf = (run: () => unknown): string => {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected the content to be refused');
};

describe('the built-in articles, one folder each', { timeout: 30_000 }, () => {
	it('reads the folders of questions/articles.yaml, then those of a further questions folder, in order', () => {
		const articles = both();
		expect(articles.map((article) => article.id)).toEqual([builtInArticleId, 'yushan']);
		expect(articles[0]!.folder).toMatch(/^questions\/[a-z0-9-]+$/);
		expect(articles[1]!.folder).toBe(`${fixtureRoot}/yushan`);
		// A build without EXTRA_QUESTIONS reads questions/ alone; with it, the folder it names after questions/.
		expect(questionRoots({})).toEqual(['questions']);
		expect(questionRoots({ EXTRA_QUESTIONS: `${fixtureRoot}/` })).toEqual(roots);
	});

	it('gives the first article exactly the content it had as the only one', () => {
		const [first] = both();
		expect(first!.content).toEqual(loadContent(readContentFiles()));
	});

	it('keeps each article’s decks and paragraphs its own, and every question id unique', () => {
		const [first, second] = both();
		const secondText = repositoryReader.text(`${fixtureRoot}/yushan/article.txt`)!;
		expect(second!.content.catalog.article.paragraphs.map((paragraph) => paragraph.text)).toEqual(
			secondText
				.split(/\n\s*\n/)
				.slice(1)
				.map((text) => text.trim())
		);
		expect(first!.content.catalog.article.paragraphs).not.toEqual(second!.content.catalog.article.paragraphs);
		expect(second!.files.decks.map((file) => file.file)).toEqual(
			repositoryReader
				.list(`${fixtureRoot}/yushan/decks`)
				.map((name) => `${fixtureRoot}/yushan/decks/${name}`)
		);
		expect(first!.files.decks.every((file) => file.file.startsWith(`${first!.folder}/decks/`))).toBe(true);
		const ids = [first!, second!].flatMap((article) =>
			allQuestions(article.content.catalog).map((q) => q.id)
		);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('lists both articles in the index, the first first, each with its own decks under its own ids', () => {
		const [first, second] = both();
		const alone = contentIndexOf(first!.content.catalog);
		const index = withBuiltInPacks(alone, [builtInPack(second!)]);
		const articles = articlesOf(index);
		expect(articles.map((article) => [article.id, article.builtIn])).toEqual([
			[builtInArticleId, true],
			['yushan', true]
		]);
		expect(articles[1]).toMatchObject({
			title: '玉山：臺灣最高峰',
			language: 'zh-Hant',
			date: second!.content.catalog.article.date,
			paragraphCount: second!.content.catalog.article.paragraphs.length
		});
		// The first article's part of the index is what it was alone: its version, its decks, its ids.
		expect(index.version).toBe(alone.version);
		expect(articleDecks(index, builtInArticleId)).toEqual(alone.decks);
		const further = articleDecks(index, 'yushan');
		expect(further.map((deck) => deck.id)).toEqual(
			second!.content.catalog.decks.map((deck) => `yushan--${deck.id}`)
		);
		expect(further.flatMap((deck) => deck.questions.map((q) => articleIdOf(q.id)))).toEqual(
			allQuestions(second!.content.catalog).map(() => 'yushan')
		);
		// With no further article the index is the first article's alone, as a build of one article writes it.
		expect(withBuiltInPacks(alone, [])).toBe(alone);
	});

	it('serves a further article as a pack that the pack reader accepts whole', () => {
		const pack = builtInPack(both()[1]!);
		const read = readPack(JSON.parse(serializePack(pack)));
		expect(read).toEqual({ ok: true, pack: expect.anything() });
		if (read.ok) expect(read.pack).toEqual(pack);
	});

	it('refuses a question id used in two folders, naming both files', () => {
		const deckPath = `${fixtureRoot}/yushan/decks/yushan-basics.yaml`;
		const [first] = both();
		const taken = allQuestions(first!.content.catalog)[0]!;
		const firstFile = first!.files.decks.find((file) => file.file.endsWith(`/${taken.deckId}.yaml`))!.file;
		const reader = overlay({
			[deckPath]: repositoryReader.text(deckPath)!.replace('id: yushan-height', `id: ${taken.id}`)
		});
		const message = problemsOf(() => loadBuiltInArticles(roots, reader));
		expect(message).toContain(
			`${deckPath} › question "${taken.id}" › id: duplicate id: also used in ${firstFile}`
		);
	});

	it('refuses an order file that lists a folder twice, a further article without a title, or a missing folder', () => {
		const { problems } = readArticleOrder(
			{
				file: 'questions/articles.yaml',
				text: 'articles:\n  - folder: one\n  - folder: two\n  - folder: one\n    title: Again\n'
			},
			'questions',
			true
		);
		expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
			'articles[2].title: is missing: every article after the first needs its title',
			'articles[2].language: must be one of zh-Hant, zh-Hans, en',
			'articles[3].folder: "one" is listed twice'
		]);
		const reader = overlay({
			[`${fixtureRoot}/articles.yaml`]:
				'articles:\n  - folder: nowhere\n    title: Nowhere\n    language: en\n'
		});
		const message = problemsOf(() => loadBuiltInArticles(roots, reader));
		expect(message).toContain(`${fixtureRoot}/nowhere/article.txt › file: is missing`);
		expect(message).toContain(`${fixtureRoot}/nowhere/decks › folder: holds no deck file`);
	});
});
