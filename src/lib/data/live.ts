import { liveQuery } from 'dexie';

export type LiveObserver<T> = { next: (value: T) => void; error: (error: unknown) => void };

/**
 * Runs a read of the database now and again whenever the rows it read change, in this tab or any other
 * (Dexie's liveQuery). The one door to Dexie's observation for the layers above; returns the way to stop.
 */
export function observe<T>(query: () => Promise<T>, observer: LiveObserver<T>): { unsubscribe(): void } {
	return liveQuery(query).subscribe(observer);
}
