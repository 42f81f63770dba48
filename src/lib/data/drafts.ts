import { DamagedDraftError, readDraft } from '$lib/domain/author/read';
import type { Draft } from '$lib/domain/author/draft';
import type { ArticleLanguage } from '$lib/domain/pack/format';
import type { DraftRecord, StudyDatabase } from './database';
import { write } from './write';

// The teacher's editor drafts: saved whole on every change (one put), listed latest first, read back through the
// draft reader so that a damaged row is reported and never opened as if it were sound.

/** Saves the draft as it is now: one put, so a crash between two saves loses at most the last change. */
export async function saveDraft(database: StudyDatabase, draft: Draft, nowMs: number): Promise<void> {
	await write(() => database.drafts.put({ id: draft.id, updatedAtMs: nowMs, draft }));
}

/** A line of the list of drafts: its title and how far it got, or that the row is damaged. */
export type DraftListEntry =
	| {
			id: string;
			updatedAtMs: number;
			damaged: false;
			title: string;
			language: ArticleLanguage;
			paragraphs: number;
			questions: number;
	  }
	| { id: string; updatedAtMs: number; damaged: true };

function entryOf(record: DraftRecord): DraftListEntry {
	try {
		const draft = readDraft(record.draft);
		return {
			id: record.id,
			updatedAtMs: record.updatedAtMs,
			damaged: false,
			title: draft.article.title,
			language: draft.article.language,
			paragraphs: draft.article.paragraphs.length,
			questions: draft.decks.reduce((sum, deck) => sum + deck.questions.length, 0)
		};
	} catch (error) {
		if (error instanceof DamagedDraftError)
			return { id: record.id, updatedAtMs: record.updatedAtMs, damaged: true };
		throw error;
	}
}

/** Every draft on this device, the latest changed first. */
export async function listDrafts(database: StudyDatabase): Promise<DraftListEntry[]> {
	const records = await database.drafts.orderBy('updatedAtMs').reverse().toArray();
	return records.map(entryOf);
}

/** Opening a draft: the draft, or why it cannot be opened (gone, or damaged: the field named for a report). */
export type OpenedDraft =
	| { kind: 'found'; draft: Draft; updatedAtMs: number }
	| { kind: 'missing' }
	| { kind: 'damaged'; field: string };

export async function openDraft(database: StudyDatabase, id: string): Promise<OpenedDraft> {
	const record = await database.drafts.get(id);
	if (!record) return { kind: 'missing' };
	try {
		return { kind: 'found', draft: readDraft(record.draft), updatedAtMs: record.updatedAtMs };
	} catch (error) {
		if (error instanceof DamagedDraftError) return { kind: 'damaged', field: error.field };
		throw error;
	}
}

/** Deletes a draft; returns the row as it was, so that an undo puts it back exactly. */
export async function deleteDraft(database: StudyDatabase, id: string): Promise<DraftRecord | undefined> {
	return write(() =>
		database.transaction('rw', database.drafts, async () => {
			const record = await database.drafts.get(id);
			if (record) await database.drafts.delete(id);
			return record;
		})
	);
}

/** Puts back a deleted draft (undo), unless a draft with its id was saved since. */
export async function restoreDraft(database: StudyDatabase, record: DraftRecord): Promise<void> {
	await write(() =>
		database.transaction('rw', database.drafts, async () => {
			if (!(await database.drafts.get(record.id))) await database.drafts.add(record);
		})
	);
}
