import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
	articleLanguages,
	packLimits,
	type ArticleLanguage,
	type ArticlePack
} from '$lib/domain/pack/format';
import { idPattern, isRecord } from '$lib/domain/validation/fields';
import { builtInArticleId } from './content-index';
import { loadContent, type ContentFiles, type SiteContent } from './load';
import { ContentError, type ContentProblem } from './problems';
import type { DeckFile } from './validate';
import type { TextFile } from './validate-argument';

// The built-in articles: one folder each under questions/, listed in questions/articles.yaml, the first first.
// Pure: the build (files.server.ts) and the tests give it a reader of the files on disk. The first article keeps
// the app's original ids and addresses; each further one is served as an article pack (content/articles/<id>.json)
// and studied like an article on this device, its deck and question ids prefixed with its folder
// (`<folder>--<id>`, domain/pack/namespace.ts).

/** The file in a questions folder that lists its articles' folders, in order. */
export const articleOrderFile = 'articles.yaml';

/** Reads the files of a questions folder; paths are relative to the repository (`questions/<folder>/article.txt`). */
export type FolderReader = {
	/** A file's text, or undefined when there is no such file. */
	text(path: string): string | undefined;
	/** The names of the files in a folder (none when there is no such folder). */
	list(folder: string): string[];
};

/** One entry of the order file: an article's folder, and for a further article its title and language. */
export type ArticleEntry = {
	/** The article's id: the first article's is `built-in`, each further one's its folder's name. */
	id: string;
	/** The article's folder, relative to the repository (`questions/sco-central-asia`). */
	folder: string;
	title?: string;
	language: ArticleLanguage;
	source?: string;
};

/** A built-in article: its entry, its files and its validated content. */
export type BuiltInArticle = ArticleEntry & {
	files: ContentFiles;
	readings?: TextFile;
	content: SiteContent;
};

/** The optional files of an article's folder, by field of ContentFiles. */
const optionalFiles = {
	argumentMap: 'argument.yaml',
	glossary: 'glossary.yaml',
	questionIds: 'question-ids.yaml',
	translation: 'translation.yaml',
	timeline: 'timeline.yaml',
	places: 'places.yaml'
} as const;

/** Reads an order file: its entries, or the problems that make it unusable. */
export function readArticleOrder(
	file: TextFile,
	root: string,
	first: boolean
): { entries: ArticleEntry[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const report = (field: string, message: string) => problems.push({ file: file.file, field, message });
	let raw: unknown;
	try {
		raw = parseYaml(file.text);
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message : String(error);
		report('YAML', `cannot be read: ${message.split('\n')[0]}`);
		return { entries: [], problems };
	}
	const list = isRecord(raw) ? raw.articles : undefined;
	if (!Array.isArray(list) || list.length === 0) {
		report('articles', 'is missing or empty: list each article’s folder, the first first');
		return { entries: [], problems };
	}
	const entries: ArticleEntry[] = [];
	const seen = new Set<string>();
	list.forEach((item: unknown, at) => {
		const field = `articles[${at + 1}]`;
		const isFirst = first && at === 0;
		if (!isRecord(item) || typeof item.folder !== 'string')
			return report(field, 'needs a `folder`: the name of the article’s folder beside this file');
		const name = item.folder;
		if (!idPattern.test(name) || name.length > packLimits.maxArticleIdChars || name === builtInArticleId)
			return report(
				`${field}.folder`,
				`"${name}" is not a folder name an article can go by: lowercase letters, digits and single hyphens, at most ${packLimits.maxArticleIdChars} characters, not "${builtInArticleId}"`
			);
		if (seen.has(name)) return report(`${field}.folder`, `"${name}" is listed twice`);
		seen.add(name);
		const title = typeof item.title === 'string' && item.title.trim() !== '' ? item.title.trim() : undefined;
		if (!isFirst && title === undefined)
			report(`${field}.title`, 'is missing: every article after the first needs its title');
		const language = item.language ?? (isFirst ? 'zh-Hant' : undefined);
		if (!articleLanguages.includes(language as ArticleLanguage))
			return report(`${field}.language`, `must be one of ${articleLanguages.join(', ')}`);
		entries.push({
			id: isFirst ? builtInArticleId : name,
			folder: `${root}/${name}`,
			...(title !== undefined ? { title } : {}),
			language: language as ArticleLanguage,
			...(typeof item.source === 'string' && item.source.trim() !== '' ? { source: item.source.trim() } : {})
		});
	});
	return { entries, problems };
}

/** The content files of one article's folder, or a problem when it lacks its article or decks. */
export function readArticleFolder(
	entry: ArticleEntry,
	reader: FolderReader
): { files?: ContentFiles; readings?: TextFile; problems: ContentProblem[] } {
	const { folder } = entry;
	const article = reader.text(`${folder}/article.txt`);
	const deckNames = reader.list(`${folder}/decks`).filter((name) => /\.ya?ml$/.test(name));
	const problems: ContentProblem[] = [];
	if (article === undefined)
		problems.push({
			file: `${folder}/article.txt`,
			field: 'file',
			message: 'is missing: every article folder has its article.txt'
		});
	if (deckNames.length === 0)
		problems.push({
			file: `${folder}/decks`,
			field: 'folder',
			message: 'holds no deck file: every article folder has decks/*.yaml'
		});
	if (article === undefined || deckNames.length === 0) return { problems };
	const fileAt = (name: string): TextFile | undefined => {
		const text = reader.text(`${folder}/${name}`);
		return text === undefined ? undefined : { file: `${folder}/${name}`, text };
	};
	const decks: DeckFile[] = deckNames
		.sort()
		.map((name) => ({ file: `${folder}/decks/${name}`, text: reader.text(`${folder}/decks/${name}`)! }));
	const files: ContentFiles = { article, decks };
	for (const [field, name] of Object.entries(optionalFiles) as [keyof typeof optionalFiles, string][]) {
		const file = fileAt(name);
		if (file) files[field] = file;
	}
	const readings = fileAt('readings.yaml');
	return { files, ...(readings ? { readings } : {}), problems };
}

/** Every question id of the articles, with the first deck file that holds it: an id is unique across articles. */
function duplicateIdProblems(articles: readonly BuiltInArticle[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	for (const article of articles) {
		for (const deck of article.content.catalog.decks) {
			const file = article.files.decks.find((one) => one.file.endsWith(`/decks/${deck.id}.yaml`))?.file;
			for (const question of deck.questions) {
				const where = file ?? `${article.folder}/decks`;
				const first = seen.get(question.id);
				if (first !== undefined)
					problems.push({
						file: where,
						questionId: question.id,
						field: 'id',
						message: `duplicate id: also used in ${first} (a question id is unique across all articles)`
					});
				else seen.set(question.id, where);
			}
		}
	}
	return problems;
}

/**
 * Every built-in article of these questions folders (questions/, then any further folder such as the tests'
 * fixtures), in order, each validated; throws a ContentError listing every problem in every file.
 */
export function loadBuiltInArticles(roots: readonly string[], reader: FolderReader): BuiltInArticle[] {
	const problems: ContentProblem[] = [];
	const articles: BuiltInArticle[] = [];
	const seen = new Map<string, string>();
	roots.forEach((root, at) => {
		const orderPath = `${root}/${articleOrderFile}`;
		const text = reader.text(orderPath);
		if (text === undefined) {
			problems.push({
				file: orderPath,
				field: 'file',
				message: 'is missing: it lists the articles’ folders'
			});
			return;
		}
		const order = readArticleOrder({ file: orderPath, text }, root, at === 0);
		problems.push(...order.problems);
		for (const entry of order.entries) {
			const other = seen.get(entry.id);
			if (other !== undefined) {
				problems.push({
					file: orderPath,
					field: 'folder',
					message: `"${entry.id}" is also an article of ${other}`
				});
				continue;
			}
			seen.set(entry.id, orderPath);
			const folder = readArticleFolder(entry, reader);
			problems.push(...folder.problems);
			if (!folder.files) continue;
			try {
				const content = loadContent(folder.files);
				articles.push({
					...entry,
					files: folder.files,
					...(folder.readings ? { readings: folder.readings } : {}),
					content
				});
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				problems.push(...error.problems);
			}
		}
	});
	problems.push(...duplicateIdProblems(articles));
	if (problems.length > 0) throw new ContentError(problems);
	return articles;
}

/** A further built-in article as an article pack: its ids its own (namespaced where it is studied). */
export function builtInPack(article: BuiltInArticle): ArticlePack {
	const { catalog } = article.content;
	return {
		article: {
			id: article.id,
			title: article.title ?? article.id,
			language: article.language,
			...(article.source !== undefined ? { source: article.source } : {}),
			date: catalog.article.date,
			paragraphs: catalog.article.paragraphs
		},
		decks: catalog.decks
	};
}
