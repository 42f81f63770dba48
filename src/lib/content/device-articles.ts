import type { Article } from '$lib/domain/article';
import { fnv1a32 } from '$lib/domain/encoding/hash';
import type { ArticlePack } from '$lib/domain/pack/format';
import { namespacedDecks } from '$lib/domain/pack/namespace';
import type { Deck } from '$lib/domain/question';
import {
	articleOfId,
	articlesOf,
	indexQuestions,
	questionStubs,
	type ArticleSummary,
	type ContentIndex,
	type QuestionStub
} from './content-index';

// The articles on this device join the built-in content in the browser: the index lists them after the built-in
// articles (the further built-in ones are added the same way at build time: withBuiltInPacks), their decks after its decks, under namespaced ids (domain/pack/namespace.ts). Pure: the caller reads
// them from the database (content/device-library.ts, the statistics worker).

/** An article on this device as the content layer reads it: its id and its validated pack. */
export type DeviceArticle = { id: string; pack: ArticlePack };

/** A short, stable hash of a text: two 32-bit FNV-1a hashes in base 36 (at most 14 characters). */
const shortHash = (text: string) =>
	fnv1a32(text).toString(36) + fnv1a32(`${text.length}\n${text}`).toString(36);

/**
 * The content version of a device article's quiz links: a hash of its question ids, so the same pack gives the
 * same version on every device (a link counts positions in these ids). At most 15 characters, as links allow.
 */
export const deviceArticleVersion = (article: DeviceArticle): string =>
	`L${shortHash(
		article.pack.decks
			.flatMap((deck) => deck.questions.map((question) => `${article.id}--${question.id}`))
			.join('\n')
	)}`;

/** The index with these articles' summaries and decks (namespaced) added after those it lists. */
function withArticlePacks(
	index: ContentIndex,
	articles: readonly DeviceArticle[],
	builtIn: boolean
): ContentIndex {
	const listed = articlesOf(index);
	// An article already listed (a built-in one, whose id a device article took) keeps its place and its decks.
	const added = articles.filter((article) => !listed.some((known) => known.id === article.id));
	const summaries: ArticleSummary[] = added.map((article) => {
		const { title, date, language, source, paragraphs } = article.pack.article;
		return {
			id: article.id,
			builtIn,
			title,
			date,
			language,
			...(source !== undefined ? { source } : {}),
			paragraphCount: paragraphs.length,
			version: deviceArticleVersion(article)
		};
	});
	const decks = added.flatMap((article) =>
		namespacedDecks(article.id, article.pack.decks).map((deck) => ({
			id: deck.id,
			order: deck.order,
			title: deck.title,
			description: deck.description,
			questions: questionStubs(deck)
		}))
	);
	return { ...index, articles: [...listed, ...summaries], decks: [...index.decks, ...decks] };
}

/** The index with the device articles added after the built-in ones. */
export const withDeviceArticles = (index: ContentIndex, articles: readonly DeviceArticle[]): ContentIndex =>
	withArticlePacks(index, articles, false);

/**
 * The built index with the further built-in articles (questions/<folder>/, served as packs) after the first: listed
 * in its `articles` as built in, their decks under namespaced ids, as a device article's are. With none, the index
 * is the first article's alone, as it always was.
 */
export const withBuiltInPacks = (index: ContentIndex, packs: readonly ArticlePack[]): ContentIndex =>
	packs.length === 0
		? index
		: withArticlePacks(
				index,
				packs.map((pack) => ({ id: pack.article.id!, pack })),
				true
			);

/** These decks of the device articles in full (namespaced), in the order asked; undefined for one not there. */
export function deviceDecks(
	articles: readonly DeviceArticle[],
	ids: readonly string[]
): (Deck | undefined)[] {
	const byId = new Map(
		articles
			.flatMap((article) => namespacedDecks(article.id, article.pack.decks))
			.map((deck) => [deck.id, deck])
	);
	return ids.map((id) => byId.get(id as Deck['id']));
}

/** A device article's text in the built-in article's shape, for pages that quote it. */
export const deviceArticleText = (article: DeviceArticle): Article => ({
	date: article.pack.article.date,
	paragraphs: article.pack.article.paragraphs
});

/** The ids a quiz link counts positions in, and the content version that names them. */
export type LinkIds = { version: string; stubs: QuestionStub[] };

/**
 * The catalogs a quiz link can be written against: the built-in article's questions (its links are unchanged by
 * anything on this device), each device article's own, and, when there are device articles, all of them together
 * (a quiz across articles, readable on a device with the same articles).
 */
export function linkCatalogsOf(index: ContentIndex): LinkIds[] {
	const stubs = indexQuestions(index);
	const articles = articlesOf(index);
	const catalogs = articles.map((article) => ({
		version: article.version,
		stubs: stubs.filter((stub) => articleOfId(stub.id) === article.id)
	}));
	if (articles.length > 1) {
		catalogs.push({ version: `A${shortHash(articles.map((article) => article.version).join('\n'))}`, stubs });
	}
	return catalogs;
}

/** The catalog of one article when the questions are all of it, else the catalog of every article. */
export function linkCatalogFor(index: ContentIndex, questionIds: readonly string[]): LinkIds {
	const catalogs = linkCatalogsOf(index);
	const articles = new Set(questionIds.map(articleOfId));
	if (articles.size === 1) {
		const [only] = articles;
		const at = articlesOf(index).findIndex((article) => article.id === only);
		if (at >= 0) return catalogs[at]!;
	}
	return catalogs.at(-1)!;
}
