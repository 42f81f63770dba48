import { describe, expect, it } from 'vitest';
import {
	addLibraryArticle,
	LibraryError,
	libraryArticle,
	libraryArticles,
	libraryQuestionIds,
	removeLibraryArticle
} from '$lib/data/library';
import { recordReview } from '$lib/data/cards';
import { StorageWriteError } from '$lib/data/errors';
import { deckId } from '$lib/domain/ids';
import type { ArticlePack } from '$lib/domain/pack/format';
import { namespacedId } from '$lib/domain/pack/namespace';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { parsedPackFixture } from '../unit/pack/fixture';
import { failWrites, freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: now, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };

describe('the articles on this device', () => {
	it('adds a pack under its article id and lists it, nothing else written', async () => {
		const database = freshDatabase();
		const pack = parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a-first' }));
		const record = await addLibraryArticle(database, pack, 'file', now);
		expect(record).toEqual({ id: 'a-first', addedAtMs: now, origin: 'file', pack });
		expect(await libraryArticles(database)).toEqual([record]);
		expect(await libraryArticle(database, 'a-first')).toEqual(record);
		expect(await database.cards.count()).toBe(0);
		expect(libraryQuestionIds(record)).toEqual(
			pack.decks[0]!.questions.map((question) => namespacedId('a-first', question.id))
		);
	});

	it('gives a pack without an id the same derived id every time, and stores it in the pack', async () => {
		const database = freshDatabase();
		const first = await addLibraryArticle(database, parsedPackFixture(), 'link', now);
		const again = await addLibraryArticle(freshDatabase(), parsedPackFixture(), 'file', now);
		expect(first.id).toBe(again.id);
		expect(first.pack.article.id).toBe(first.id);
	});

	it('lists several articles, the earliest added first', async () => {
		const database = freshDatabase();
		await addLibraryArticle(
			database,
			parsedPackFixture((raw) => Object.assign(raw.article, { id: 'b' })),
			'file',
			now + 1
		);
		await addLibraryArticle(
			database,
			parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a' })),
			'editor',
			now
		);
		expect((await libraryArticles(database)).map((record) => record.id)).toEqual(['a', 'b']);
	});

	it('replacing an article keeps the progress of unchanged question ids; a moved question takes its card along', async () => {
		const database = freshDatabase();
		const original = parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a-same' }));
		const first = await addLibraryArticle(database, original, 'file', now);
		const [kept, movedId] = libraryQuestionIds(first);
		for (const id of [kept!, movedId!]) {
			const card = newCard(id, deckId(namespacedId('a-same', 'sco-basics')), now);
			await recordReview(database, undefined, scheduler.preview(card, context).good);
		}
		// The new version: a new title, the second question moved to a deck of its own.
		const changed = parsedPackFixture((raw) => {
			Object.assign(raw.article, { id: 'a-same', title: '上合小史（修訂）' });
			const [deck] = raw.decks;
			const moved = deck!.questions.splice(1, 1);
			raw.decks.push({ ...deck!, id: 'moved', order: 2, questions: moved });
		});
		const second = await addLibraryArticle(database, changed, 'editor', now + 5000);
		expect(await libraryArticles(database)).toEqual([second]);
		expect(second.pack.article.title).toBe('上合小史（修訂）');
		expect(second.addedAtMs).toBe(now);
		expect((await database.cards.get(kept!))?.reps).toBe(1);
		expect(await database.cards.get(movedId!)).toMatchObject({
			reps: 1,
			deckId: namespacedId('a-same', 'moved')
		});
		expect(await database.reviews.count()).toBe(2);
	});

	it('refuses ids that repeat within the pack, with a typed error, and writes nothing', async () => {
		const database = freshDatabase();
		const pack = parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a-dup' }));
		const [deck] = pack.decks;
		const repeated: ArticlePack = { ...pack, decks: [deck!, { ...deck!, order: 2 }] };
		const error = await addLibraryArticle(database, repeated, 'editor', now).catch(
			(caught: unknown) => caught
		);
		expect(error).toBeInstanceOf(LibraryError);
		expect((error as LibraryError).reason).toBe('id-collision');
		expect((error as LibraryError).ids).toContain(namespacedId('a-dup', deck!.id));
		expect(await database.libraryArticles.count()).toBe(0);
	});

	it('refuses an article id outside the id pattern (it could reach the built-in namespace)', async () => {
		const database = freshDatabase();
		const pack = parsedPackFixture();
		for (const id of ['Bad Id', 'a--b', 'x'.repeat(41)]) {
			const bad = { ...pack, article: { ...pack.article, id } };
			await expect(addLibraryArticle(database, bad, 'editor', now)).rejects.toMatchObject({
				reason: 'article-id-invalid'
			});
		}
		expect(await database.libraryArticles.count()).toBe(0);
	});

	it('a replacement refused for a collision leaves the earlier article and its cards as they were', async () => {
		const database = freshDatabase();
		const original = parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a-keep' }));
		const first = await addLibraryArticle(database, original, 'file', now);
		const [deck] = original.decks;
		const broken: ArticlePack = { ...original, decks: [deck!, deck!] };
		await expect(addLibraryArticle(database, broken, 'file', now + 1)).rejects.toBeInstanceOf(LibraryError);
		expect(await libraryArticles(database)).toEqual([first]);
	});

	it('a write the browser refuses is a StorageWriteError, and nothing is stored', async () => {
		const database = freshDatabase();
		await failWrites(database, 'libraryArticles');
		await expect(addLibraryArticle(database, parsedPackFixture(), 'file', now)).rejects.toBeInstanceOf(
			StorageWriteError
		);
		expect(await database.libraryArticles.count()).toBe(0);
	});

	it('removing an article keeps its progress, so importing it again brings it back', async () => {
		const database = freshDatabase();
		const record = await addLibraryArticle(database, parsedPackFixture(), 'file', now);
		const [id] = libraryQuestionIds(record);
		await recordReview(
			database,
			undefined,
			scheduler.preview(newCard(id!, deckId(namespacedId(record.id, 'sco-basics')), now), context).good
		);
		await removeLibraryArticle(database, record.id);
		expect(await libraryArticles(database)).toEqual([]);
		expect(await libraryArticle(database, record.id)).toBeUndefined();
		expect((await database.cards.get(id!))?.reps).toBe(1);
		await addLibraryArticle(database, parsedPackFixture(), 'file', now + 1);
		expect((await database.cards.get(id!))?.reps).toBe(1);
	});
});
