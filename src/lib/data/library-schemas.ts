import * as v from 'valibot';
import { packLimits } from '$lib/domain/pack/format';
import { packArticleId } from '$lib/domain/pack/namespace';
import { readPack, serializePack } from '$lib/domain/pack/parse';
import { idPattern } from '$lib/domain/validation/fields';
import type { LibraryArticleRecord } from './database';
import { eventMs } from './schemas';

// A backup carries each article on this device as its pack's JSON (serializePack) and reads it back with the
// pack's own reader, so a row edited by hand is checked as completely as an imported file.

/** A library row in a backup: its pack written as a pack file writes it. */
export type BackupLibraryRow = Omit<LibraryArticleRecord, 'pack'> & { pack: unknown };

export const backupLibraryRow = (record: LibraryArticleRecord): BackupLibraryRow => ({
	...record,
	pack: JSON.parse(serializePack(record.pack)) as unknown
});

export const libraryArticleSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.regex(idPattern), v.maxLength(packLimits.maxArticleIdChars)),
		addedAtMs: eventMs,
		origin: v.picklist(['file', 'link', 'editor']),
		pack: v.unknown()
	}),
	v.rawTransform(({ dataset, addIssue, NEVER }): LibraryArticleRecord => {
		const result = readPack(dataset.value.pack);
		if (!result.ok) {
			const [problem] = result.problems;
			addIssue({ message: `the article pack is not valid at "${problem?.path}" (${problem?.code})` });
			return NEVER;
		}
		if (packArticleId(result.pack.article) !== dataset.value.id) {
			addIssue({ message: 'the pack’s article id is not the row’s id' });
			return NEVER;
		}
		return { ...dataset.value, pack: result.pack };
	})
);
