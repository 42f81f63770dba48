import { describe, expect, it } from 'vitest';
import { assignWithArticle } from '$lib/data/assign-article';
import { assignedAmong } from '$lib/data/assignments';
import { StorageWriteError } from '$lib/data/errors';
import { libraryArticles, libraryQuestionIds, LibraryError } from '$lib/data/library';
import { parsedPackFixture } from '../unit/pack/fixture';
import { failWrites, freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');

describe('assigning from a link that carries an article', () => {
	it('adds the article to this device and assigns its questions', async () => {
		const database = freshDatabase();
		const pack = parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a-link' }));
		const ids = libraryQuestionIds({ id: 'a-link', pack }).slice(1);
		const outcome = await assignWithArticle(database, pack, ids, 'TOKEN', now);
		expect(outcome).toEqual({ added: ids, alreadyAssigned: [] });
		const stored = await libraryArticles(database);
		expect(stored.map((record) => [record.id, record.origin])).toEqual([['a-link', 'link']]);
		expect(await assignedAmong(database, ids)).toEqual(ids);
	});

	it('writes nothing when the assignment fails: the article is not added either', async () => {
		const database = freshDatabase();
		const pack = parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a-link' }));
		const ids = libraryQuestionIds({ id: 'a-link', pack });
		await failWrites(database, 'assignments');
		await expect(assignWithArticle(database, pack, ids, 'TOKEN', now)).rejects.toBeInstanceOf(
			StorageWriteError
		);
		expect(await database.libraryArticles.count()).toBe(0);
	});

	it('assigns nothing when the article is refused', async () => {
		const database = freshDatabase();
		const pack = parsedPackFixture((raw) => Object.assign(raw.article, { id: 'a-link' }));
		const ids = libraryQuestionIds({ id: 'a-link', pack });
		// An id the pack reader would refuse (as if the pack were damaged past it): the library refuses it too.
		const bad = { ...pack, article: { ...pack.article, id: 'Not An Id!' } };
		await expect(assignWithArticle(database, bad, ids, 'TOKEN', now)).rejects.toBeInstanceOf(LibraryError);
		expect(await database.assignments.count()).toBe(0);
		expect(await database.libraryArticles.count()).toBe(0);
	});
});
