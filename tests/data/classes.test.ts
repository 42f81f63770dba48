import { describe, expect, it } from 'vitest';
import {
	addRound,
	allClasses,
	ClassMissingError,
	classWithToken,
	duplicateClass,
	renameClass,
	saveNewClass,
	saveRoster,
	saveRoundCodes,
	setClassArchived
} from '$lib/data/classes';
import { StorageWriteError } from '$lib/data/errors';
import { failWrites, freshDatabase } from './helpers';

const day = 86_400_000;
const monday = Date.parse('2026-03-02T08:00:00Z');

describe('the teacher\u2019s classes', () => {
	it('keeps every class built, newest first, and finds a class by any round\u2019s link', async () => {
		const database = freshDatabase();
		const first = await saveNewClass(database, 'token-a', '  Class 7B   Monday ', monday);
		const second = await saveNewClass(database, 'token-b', 'Class 8A', monday + day);
		expect(first.title).toBe('Class 7B Monday');
		expect((await allClasses(database)).map((saved) => saved.id)).toEqual([second.id, first.id]);

		await addRound(database, first.id, 'token-a2', monday + 7 * day);
		expect((await classWithToken(database, 'token-a2'))?.id).toBe(first.id);
		expect((await classWithToken(database, 'token-a'))?.rounds.map((round) => round.token)).toEqual([
			'token-a',
			'token-a2'
		]);
		expect(await classWithToken(database, 'token-unknown')).toBeUndefined();
	});

	it('building the same link again keeps the one class it already has', async () => {
		const database = freshDatabase();
		const first = await saveNewClass(database, 'token-a', 'Class 7B', monday);
		const again = await saveNewClass(database, 'token-a', 'Another title', monday + day);
		expect(again.id).toBe(first.id);
		expect(await allClasses(database)).toHaveLength(1);
	});

	it('renames, archives and restores, keeps codes per round and the roster', async () => {
		const database = freshDatabase();
		const saved = await saveNewClass(database, 'token-a', 'Class 7B', monday);
		await addRound(database, saved.id, 'token-a2', monday + 7 * day);
		await renameClass(database, saved.id, 'Class 7B (history)');
		await renameClass(database, saved.id, '   ');
		await saveRoundCodes(database, saved.id, 'token-a2', 'ABCD-EFGH\nWXYZ');
		await saveRoster(database, saved.id, ['Mei', 'Arman']);
		await setClassArchived(database, saved.id, monday + 8 * day);
		let read = (await classWithToken(database, 'token-a'))!;
		// An empty name keeps the old one.
		expect(read.title).toBe('Class 7B (history)');
		expect(read.rounds.map((round) => round.codes)).toEqual(['', 'ABCD-EFGH\nWXYZ']);
		expect(read.roster).toEqual(['Mei', 'Arman']);
		expect(read.archivedAtMs).toBe(monday + 8 * day);
		await setClassArchived(database, saved.id, 0);
		read = (await classWithToken(database, 'token-a'))!;
		expect(read.archivedAtMs).toBe(0);
	});

	it('a duplicate has a new link and the roster, with no codes and one round', async () => {
		const database = freshDatabase();
		const saved = await saveNewClass(database, 'token-a', 'Class 7B', monday);
		await saveRoster(database, saved.id, ['Mei']);
		await saveRoundCodes(database, saved.id, 'token-a', 'ABCD');
		const copy = await duplicateClass(database, saved.id, 'token-c', 'Class 7B (copy)', monday + day);
		expect(copy.id).not.toBe(saved.id);
		expect(copy).toMatchObject({ title: 'Class 7B (copy)', roster: ['Mei'], tokens: ['token-c'] });
		expect(copy.rounds).toEqual([{ token: 'token-c', startedAtMs: monday + day, codes: '' }]);
		expect((await classWithToken(database, 'token-a'))?.rounds[0]?.codes).toBe('ABCD');
	});

	it('keeps the device article a class is on, through a duplicate and a reload', async () => {
		const database = freshDatabase();
		const saved = await saveNewClass(database, 'token-d', 'Class 8A', monday, 'a-first');
		const copy = await duplicateClass(database, saved.id, 'token-e', 'Class 8A (copy)', monday + day);
		expect(copy.articleId).toBe('a-first');
		expect((await allClasses(database)).map((row) => row.articleId)).toEqual(['a-first', 'a-first']);
		const builtIn = await saveNewClass(database, 'token-f', 'Class 8B', monday);
		expect('articleId' in builtIn).toBe(false);
	});

	it('a class deleted elsewhere is named, and a full disk is a storage error that changes nothing', async () => {
		const database = freshDatabase();
		await expect(renameClass(database, 42, 'x')).rejects.toBeInstanceOf(ClassMissingError);
		const saved = await saveNewClass(database, 'token-a', 'Class 7B', monday);
		await failWrites(database, 'classes');
		await expect(renameClass(database, saved.id, 'Renamed')).rejects.toBeInstanceOf(StorageWriteError);
		expect((await classWithToken(database, 'token-a'))?.title).toBe('Class 7B');
	});
});
