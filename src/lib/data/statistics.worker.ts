// Computes the statistics off the main thread, so a log of a million reviews never freezes the page.
import { StudyDatabase } from './database';
import { readStatistics, type StatisticsRequest } from './statistics';
import type { StatsPart } from '$lib/domain/stats/report';

export type StatisticsWorkerMessage =
	| { kind: 'part'; part: StatsPart }
	| { kind: 'progress'; entriesRead: number }
	| { kind: 'done' }
	| { kind: 'failed'; message: string };

const post = (message: StatisticsWorkerMessage) => postMessage(message);
let database: StudyDatabase | undefined;

addEventListener('message', (event: MessageEvent<StatisticsRequest>) => {
	database ??= new StudyDatabase();
	readStatistics(
		database,
		event.data,
		(part) => post({ kind: 'part', part }),
		(entriesRead) => post({ kind: 'progress', entriesRead })
	)
		.then(() => post({ kind: 'done' }))
		.catch((error: unknown) => post({ kind: 'failed', message: String(error) }));
});
