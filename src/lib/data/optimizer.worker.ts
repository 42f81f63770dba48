// Fits the learner's own FSRS parameters off the main thread. fsrs-browser (fsrs-rs in WebAssembly, about
// 1.7 MB) is imported here only, so it is downloaded only when the learner asks for it.
import init, { Fsrs } from 'fsrs-browser';
import { clockShift } from '$lib/domain/scheduling/clock';
import {
	optimizerMinimumReviews,
	ratedCount,
	revlogColumns,
	scorePredictions,
	type PredictionScore
} from '$lib/domain/scheduling/optimizer';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { StudyDatabase } from './database';
import { loadReviewSettings } from './settings';

export type OptimizerRequest = { utcOffsetMinutes: number };

export type OptimizerMessage =
	| { kind: 'too-few'; reviews: number; minimum: number }
	| { kind: 'fitting'; reviews: number }
	| {
			kind: 'fitted';
			parameters: number[];
			reviews: number;
			/** The default parameters' score, and the fitted ones', on the learner's own log. */
			defaults: PredictionScore;
			fitted: PredictionScore;
			fitMs: number;
	  }
	| { kind: 'failed'; message: string };

const post = (message: OptimizerMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<OptimizerRequest>) => {
	fit(event.data).catch((error: unknown) => post({ kind: 'failed', message: String(error) }));
});

async function fit(request: OptimizerRequest): Promise<void> {
	const database = new StudyDatabase();
	const [settings, entries] = await Promise.all([loadReviewSettings(database), database.reviews.toArray()]);
	database.close();
	const reviews = ratedCount(entries);
	if (reviews < optimizerMinimumReviews) {
		post({ kind: 'too-few', reviews, minimum: optimizerMinimumReviews });
		return;
	}
	post({ kind: 'fitting', reviews });
	const started = performance.now();
	await init();
	const columns = revlogColumns(entries);
	const optimizer = new Fsrs();
	const shift = clockShift(request.utcOffsetMinutes, settings.dayStartHour);
	const parameters = [
		...optimizer.computeParametersAnki(
			shift,
			columns.cardIds,
			columns.ratings,
			columns.reviewTimesMs,
			columns.kinds,
			undefined,
			true
		)
	].map((value) => Math.round(value * 10_000) / 10_000);
	optimizer.free();
	const fitMs = performance.now() - started;
	post({
		kind: 'fitted',
		parameters,
		reviews,
		defaults: scorePredictions(new Scheduler({ ...settings, fsrsParameters: null }), entries),
		fitted: scorePredictions(new Scheduler({ ...settings, fsrsParameters: parameters }), entries),
		fitMs
	});
}
