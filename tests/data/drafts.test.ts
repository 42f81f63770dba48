// The teacher's editor drafts: saved on every change, listed latest first, a damaged row reported and never
// opened, deleted with undo, and carried by backups, restores and merges.
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup, restoreBackup } from '$lib/data/backup';
import { deleteDraft, listDrafts, openDraft, restoreDraft, saveDraft } from '$lib/data/drafts';
import { StorageWriteError } from '$lib/data/errors';
import { mergeBackup } from '$lib/data/merge-backup';
import { newDraft, type Draft } from '$lib/domain/author/draft';
import { seededRandom } from '$lib/domain/random';
import { failWrites, freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const draftNamed = (title: string): Draft => {
	const draft = newDraft({
		random: seededRandom(title),
		nowMs: now,
		language: 'zh-Hant',
		text: '上合成立於2001年。'
	});
	draft.article.title = title;
	return draft;
};

describe('editor drafts', () => {
	it('saves a draft and opens it as it was; the list shows the latest changed first', async () => {
		const database = freshDatabase();
		const [first, second] = [draftNamed('第一篇'), draftNamed('第二篇')];
		await saveDraft(database, first, now);
		await saveDraft(database, second, now + 1000);
		expect((await listDrafts(database)).map((entry) => entry.damaged || entry.title)).toEqual([
			'第二篇',
			'第一篇'
		]);
		// Changing the first one again puts it first.
		first.decks[0]!.title.zh = '基本';
		await saveDraft(database, first, now + 2000);
		expect((await listDrafts(database)).map((entry) => entry.id)).toEqual([first.id, second.id]);
		expect(await openDraft(database, first.id)).toEqual({
			kind: 'found',
			draft: first,
			updatedAtMs: now + 2000
		});
		expect(await database.drafts.count()).toBe(2);
	});

	it('reports a damaged row instead of opening it, and lists it as damaged', async () => {
		const database = freshDatabase();
		const draft = draftNamed('壞掉的');
		await database.drafts.put({ id: draft.id, updatedAtMs: now, draft: { ...draft, decks: 'not a list' } });
		expect(await openDraft(database, draft.id)).toEqual({ kind: 'damaged', field: 'decks' });
		expect(await listDrafts(database)).toEqual([{ id: draft.id, updatedAtMs: now, damaged: true }]);
		expect(await openDraft(database, 'a-gone0000')).toEqual({ kind: 'missing' });
	});

	it('deletes a draft and puts it back exactly on undo', async () => {
		const database = freshDatabase();
		const draft = draftNamed('刪掉再回來');
		await saveDraft(database, draft, now);
		const removed = await deleteDraft(database, draft.id);
		expect(await listDrafts(database)).toEqual([]);
		await restoreDraft(database, removed!);
		expect(await openDraft(database, draft.id)).toEqual({ kind: 'found', draft, updatedAtMs: now });
	});

	it('fails a save on a full disk with the storage error, changing nothing', async () => {
		const database = freshDatabase();
		await saveDraft(database, draftNamed('一'), now);
		await failWrites(database, 'drafts');
		await expect(saveDraft(database, draftNamed('二'), now)).rejects.toBeInstanceOf(StorageWriteError);
		expect(await database.drafts.count()).toBe(1);
	});

	it('are carried by a backup: restored on another device, merged keeping the copy changed last', async () => {
		const source = freshDatabase();
		const draft = draftNamed('備份');
		await saveDraft(source, draft, now + 5000);
		const backup = parseBackup(JSON.stringify(await exportBackup(source, now)));
		expect(backup.tables.drafts).toHaveLength(1);

		const restored = freshDatabase();
		await restoreBackup(restored, backup);
		expect(await openDraft(restored, draft.id)).toEqual({ kind: 'found', draft, updatedAtMs: now + 5000 });

		const merged = freshDatabase();
		const older = structuredClone(draft);
		older.article.title = '舊版';
		await saveDraft(merged, older, now);
		await saveDraft(merged, draftNamed('只在這裡'), now);
		await mergeBackup(merged, backup);
		const opened = await openDraft(merged, draft.id);
		expect(opened.kind === 'found' && opened.draft.article.title).toBe('備份');
		expect(await merged.drafts.count()).toBe(2);
	});

	it('reads a backup made before the editor as one with no drafts', async () => {
		const source = freshDatabase();
		const backup = await exportBackup(source, now);
		const { drafts: _drafts, ...older } = backup.tables;
		expect(parseBackup(JSON.stringify({ ...backup, tables: older })).tables.drafts).toEqual([]);
	});
});
