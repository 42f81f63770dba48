// The articles on this device join the built-in content without touching it: the built-in decks, ids, quiz link
// catalog and every count of progress stored under built-in ids are the same with device articles as without.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { recordReview } from '$lib/data/cards';
import { StudyDatabase } from '$lib/data/database';
import { addLibraryArticle, libraryArticles } from '$lib/data/library';
import { loadScopeTallies } from '$lib/data/scope-counts';
import {
	articleDecks,
	articlesOf,
	builtInArticleId,
	contentIndexOf,
	countScopesOf,
	indexQuestions
} from '$lib/content/content-index';
import { linkCatalogFor, linkCatalogsOf, withDeviceArticles } from '$lib/content/device-articles';
import { loadContent } from '$lib/content/load';
import { deckId, questionId } from '$lib/domain/ids';
import { namespacedId } from '$lib/domain/pack/namespace';
import { decodeQuizLink, encodeQuizLink } from '$lib/domain/quiz/quiz-link';
import { newCard } from '$lib/domain/scheduling/card';
import { scopeCounts } from '$lib/domain/scheduling/scope-counts';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { packFixture, parsedPackFixture } from '../unit/pack/fixture';
import { readContentFiles } from './read-files';

const { catalog } = loadContent(readContentFiles());
const builtIn = contentIndexOf(catalog);
const now = Date.parse('2025-09-05T08:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: now, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };

const fixturePack = (id?: string) =>
	parsedPackFixture((raw) => {
		if (id) Object.assign(raw.article, { id });
	});

const spec = (contentVersion: string, questionIds: string[]) => ({
	contentVersion,
	questionIds: questionIds.map(questionId),
	order: 'as-picked' as const,
	seed: 'seed',
	mode: 'test' as const,
	timeLimitSeconds: null
});

describe('the content index with the articles on this device', () => {
	it('lists the built-in article first with its date, then the device ones; decks follow their article', () => {
		const index = withDeviceArticles(builtIn, [
			{ id: 'a-one', pack: fixturePack('a-one') },
			{ id: 'a-two', pack: fixturePack('a-two') }
		]);
		const articles = articlesOf(index);
		expect(articles.map((article) => [article.id, article.builtIn, article.date])).toEqual([
			[builtInArticleId, true, catalog.article.date],
			['a-one', false, '2025-09-05'],
			['a-two', false, '2025-09-05']
		]);
		expect(articles[1]!.title).toBe(packFixture().article.title);
		expect(articleDecks(index, builtInArticleId).map((deck) => deck.id)).toEqual(
			catalog.decks.map((d) => d.id)
		);
		expect(articleDecks(index, 'a-one').map((deck) => deck.id)).toEqual([
			namespacedId('a-one', 'sco-basics')
		]);
		// The same pack on two articles gives distinct ids: every question id is unique across the index.
		const ids = indexQuestions(index).map((question) => question.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps every built-in deck, id and quiz link exactly as it was', () => {
		const index = withDeviceArticles(builtIn, [{ id: 'a-one', pack: fixturePack('a-one') }]);
		expect(index.version).toBe(builtIn.version);
		expect(index.decks.slice(0, builtIn.decks.length)).toEqual(builtIn.decks);
		const builtInIds = indexQuestions(builtIn).map((question) => question.id);
		const picked = builtInIds.slice(0, 5);
		const [builtInCatalog] = linkCatalogsOf(index);
		expect(builtInCatalog!.version).toBe(builtIn.version);
		expect(builtInCatalog!.stubs.map((stub) => stub.id)).toEqual(builtInIds);
		// A link made before the library opens the same questions with device articles present.
		const token = encodeQuizLink(spec(builtIn.version, picked), builtInIds);
		const chosen = linkCatalogFor(index, picked);
		expect(chosen.version).toBe(builtIn.version);
		expect(
			decodeQuizLink(token, { version: chosen.version, questionIds: chosen.stubs.map((s) => s.id) })
				.questionIds
		).toEqual(picked);
	});

	it('writes a quiz of a device article against its own catalog, the same on another device', () => {
		const index = withDeviceArticles(builtIn, [{ id: 'a-one', pack: fixturePack('a-one') }]);
		const elsewhere = withDeviceArticles(builtIn, [
			{ id: 'a-other', pack: fixturePack('a-other') },
			{ id: 'a-one', pack: fixturePack('a-one') }
		]);
		const ids = articleDecks(index, 'a-one').flatMap((deck) => deck.questions.map((question) => question.id));
		const mine = linkCatalogFor(index, ids);
		const theirs = linkCatalogFor(elsewhere, ids);
		expect(mine.version).not.toBe(builtIn.version);
		expect(theirs.version).toBe(mine.version);
		const token = encodeQuizLink(
			spec(mine.version, ids),
			mine.stubs.map((stub) => stub.id)
		);
		expect(
			decodeQuizLink(token, { version: theirs.version, questionIds: theirs.stubs.map((s) => s.id) })
				.questionIds
		).toEqual(ids);
		// A quiz across articles names the catalog of them all.
		const across = linkCatalogFor(index, [ids[0]!, indexQuestions(builtIn)[0]!.id]);
		expect(across.stubs).toHaveLength(indexQuestions(index).length);
		expect(across.version).not.toBe(mine.version);
	});

	it('reads the same counts of a database written with built-in ids, with device articles added', async () => {
		// A database as today's app writes it: cards and reviews under built-in ids.
		const database = new StudyDatabase('counts', { indexedDB: new IDBFactory(), IDBKeyRange });
		for (const deck of catalog.decks.slice(0, 3)) {
			for (const question of deck.questions.slice(0, 2)) {
				const card = newCard(questionId(question.id), deckId(deck.id), now);
				await recordReview(database, undefined, scheduler.preview(card, context).good);
			}
		}
		const later = now + 2 * 86_400_000;
		const countsOf = async (scopes: ReturnType<typeof countScopesOf>) => {
			const { tallies, allowance } = await loadScopeTallies(database, scopes, later, 0, 'index');
			return Object.fromEntries(
				Object.entries(tallies).map(([scope, tally]) => [scope, scopeCounts(tally, allowance)])
			);
		};
		const before = await countsOf(countScopesOf(builtIn));
		await addLibraryArticle(database, fixturePack(), 'file', later);
		const device = (await libraryArticles(database)).map(({ id, pack }) => ({ id, pack }));
		const after = await countsOf(countScopesOf(withDeviceArticles(builtIn, device)));
		for (const deck of catalog.decks) expect(after[`deck:${deck.id}`]).toEqual(before[`deck:${deck.id}`]);
		// "All" now holds the device article's new questions too; what was studied is counted the same.
		expect(after.all!.progress.learning).toBe(before.all!.progress.learning);
		expect(after.all!.progress.total).toBe(
			before.all!.progress.total + fixturePack().decks[0]!.questions.length
		);
		database.close();
	});
});
