import { articleOfId, articlesOf, type ContentIndex } from '$lib/content/content-index';
import type { QuestionId } from '$lib/domain/ids';
import type { Bilingual } from '$lib/domain/language';
import { wordCardsDeckId } from '$lib/domain/word-cards';
import type { CardState, ReviewEntry } from '$lib/domain/scheduling/card';
import { clockShift, dayMs } from '$lib/domain/scheduling/clock';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { cardsPart, historyPart, todayPart, type StatsPart } from '$lib/domain/stats/report';
import type { StatsClock } from '$lib/domain/stats/study-days';
import type { StudyDatabase } from './database';
import { loadReviewSettings } from './settings';

/** What the statistics page asks for: one deck (or all) at a moment, on this device's clock. */
export type StatisticsScope = {
	/** null: every deck. */
	deckId: string | null;
	/** One article's decks (the built-in one or one on this device); absent or null: no such limit. */
	articleId?: string | null;
	nowMs: number;
	utcOffsetMinutes: number;
};

/**
 * The scope and every question in it (card figures count them, studied or not), or how to load them: called only
 * once today's figures are out, so reading a large catalog never delays them.
 */
export type StatisticsRequest = StatisticsScope & {
	questionIds: readonly string[] | (() => Promise<readonly string[]>);
};

/** A deck the learner can choose on the statistics page, and the article it belongs to. */
export type StatisticsDeck = { id: string; title: Bilingual; articleId: string };

/** An article the learner can choose (all its decks): a device article's title; the built-in one's is the app's. */
export type StatisticsArticle = { id: string; builtIn: boolean; title?: string };

/** Whether a deck is in scope: the one chosen, or every deck of the article chosen (not the word cards). */
const deckInScope = (scope: Pick<StatisticsScope, 'deckId' | 'articleId'>) => (deckId: string) =>
	(scope.deckId === null || deckId === scope.deckId) &&
	(scope.articleId == null || (deckId !== wordCardsDeckId && articleOfId(deckId) === scope.articleId));

/**
 * The articles and decks to choose from, and the questions in scope: one deck's, one article's, or every deck's
 * when none is chosen.
 */
export function catalogScope(
	catalog: Pick<ContentIndex, 'decks' | 'articles' | 'articleDate' | 'paragraphs' | 'version'>,
	deckId: string | null,
	articleId: string | null = null
): { articles: StatisticsArticle[]; decks: StatisticsDeck[]; questionIds: string[] } {
	const keep = deckInScope({ deckId, articleId });
	const inScope = catalog.decks.filter((deck) => keep(deck.id));
	return {
		articles: articlesOf(catalog).map(({ id, builtIn, title }) => ({
			id,
			builtIn,
			...(title !== undefined ? { title } : {})
		})),
		decks: catalog.decks.map((deck) => ({
			id: deck.id as string,
			title: deck.title,
			articleId: articleOfId(deck.id)
		})),
		questionIds: inScope.flatMap((deck) => deck.questions.map((question) => question.id as string))
	};
}

/** A study day starts at most 37 hours before now (UTC+14 with the day starting at 23:00), so 3 days is enough. */
const recentWindowMs = 3 * dayMs;
/** Log entries read per step, so a worker can report progress and a huge log is never one giant read. */
export const historyChunkSize = 50_000;

const inScope = (scope: Pick<StatisticsScope, 'deckId' | 'articleId'>) => {
	const keep = deckInScope(scope);
	return (entry: { deckId: string }) => keep(entry.deckId);
};

/**
 * Computes the statistics in three parts and hands each over as soon as it is ready: today's (one small index
 * range of the log, which needs no question list), the cards' (only the rows of the questions in scope, once they
 * are known), then the history (the whole log, read in chunks by primary key).
 */
export async function readStatistics(
	database: StudyDatabase,
	request: StatisticsRequest,
	emit: (part: StatsPart) => void,
	onProgress: (entriesRead: number) => void = () => {}
): Promise<void> {
	const settings = await loadReviewSettings(database);
	const clock: StatsClock = {
		nowMs: request.nowMs,
		clockShiftMinutes: clockShift(request.utcOffsetMinutes, settings.dayStartHour),
		dayStartHour: settings.dayStartHour
	};
	const keep = inScope(request);

	const recent = await database.reviews
		.where('reviewedAtMs')
		.aboveOrEqual(request.nowMs - recentWindowMs)
		.filter(keep)
		.toArray();
	emit(todayPart(recent, clock));

	const scheduler = new Scheduler(settings);
	const questionIds =
		typeof request.questionIds === 'function' ? await request.questionIds() : request.questionIds;
	const rows = await database.cards.bulkGet(questionIds as QuestionId[]);
	const cards = new Map<string, CardState>();
	for (const row of rows) if (row) cards.set(row.questionId, row);
	emit(
		cardsPart(questionIds, cards, clock, (card) =>
			scheduler.retrievability(card, request.nowMs, clock.clockShiftMinutes)
		)
	);

	const entries: ReviewEntry[] = [];
	let lastId = -Infinity;
	let read = 0;
	for (;;) {
		const chunk = await database.reviews.where('id').above(lastId).limit(historyChunkSize).toArray();
		if (chunk.length === 0) break;
		lastId = chunk[chunk.length - 1]!.id!;
		read += chunk.length;
		for (const entry of chunk) if (keep(entry)) entries.push(entry);
		onProgress(read);
		if (chunk.length < historyChunkSize) break;
	}
	emit(historyPart(entries, clock));
}
