import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StudyDatabase } from '$lib/data/database';

/** A fresh, isolated database on fake-indexeddb for each test. */
export const freshDatabase = () => new StudyDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange });
