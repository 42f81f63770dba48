import type { StorageHealthKind } from '$lib/data/storage-health';

export type StorageProblem = Exclude<StorageHealthKind, 'checking' | 'ok'>;

/** The storage notice's texts: loaded with the notice, only on a page whose storage cannot be used. */
export type StorageMessages = {
	/** Why progress cannot be stored now, one text per storage problem (data/storage-health.ts). */
	storageProblem: Record<StorageProblem, string>;
	/** What still works without storage. */
	storageStillWorks: string;
	reloadPage: string;
};
