// The statistics page's figures, in the three parts they are computed in: today's (a small recent slice of the
// log, shown first), the cards' (one read of the cards in scope), and the history's (the whole log).
import type { CardState, ReviewEntry } from '../scheduling/card';
import { dailyActivity, type DayActivity } from './activity';
import { answerButtons, type ButtonCounts } from './answer-buttons';
import { reviewCalendar, type ReviewCalendar } from './calendar';
import { cardCounts, type CardCounts } from './card-counts';
import { withElapsedDays } from './elapsed';
import { dueForecast, type ForecastDay } from './forecast';
import { hourBreakdown, type HourRow } from './hours';
import { memoryDistributions, type MemoryDistributions, type RecallNow } from './memory';
import type { StatsClock } from './study-days';
import { todaySummary, type TodaySummary } from './today';
import { trueRetentionTable, type RetentionRow } from './true-retention';

/** The ranges the learner can pick for past activity, and for the forecast. */
export const historyRanges = [30, 90, 365] as const;
export type HistoryRange = (typeof historyRanges)[number];
export const forecastRanges = [30, 90] as const;
export type ForecastRange = (typeof forecastRanges)[number];

export type TodayPart = { kind: 'today'; today: TodaySummary };
export type CardsPart = {
	kind: 'cards';
	counts: CardCounts;
	/** The longest forecast range; shorter ones are its first days. */
	forecast: ForecastDay[];
	memory: MemoryDistributions;
};
export type HistoryPart = {
	kind: 'history';
	calendar: ReviewCalendar;
	/** The longest history range; shorter ones are its last days. */
	activity: DayActivity[];
	retention: RetentionRow[];
	buttons: Record<HistoryRange, ButtonCounts[]>;
	hours: Record<HistoryRange, HourRow[]>;
	reviewCount: number;
};
export type StatsPart = TodayPart | CardsPart | HistoryPart;

const longestHistory = historyRanges[historyRanges.length - 1]!;
const longestForecast = forecastRanges[forecastRanges.length - 1]!;

/** Today's figures, from any slice of the log that holds today's entries. */
export function todayPart(recentEntries: readonly ReviewEntry[], clock: StatsClock): TodayPart {
	return { kind: 'today', today: todaySummary(recentEntries, clock) };
}

/** The card figures: counts over every question in scope, the forecast and the memory distributions. */
export function cardsPart(
	questionIds: readonly string[],
	cards: ReadonlyMap<string, CardState>,
	clock: StatsClock,
	recallNow: RecallNow
): CardsPart {
	const active = [...cards.values()].filter((card) => !card.suspended);
	return {
		kind: 'cards',
		counts: cardCounts(questionIds, cards),
		forecast: dueForecast(active, clock, longestForecast),
		memory: memoryDistributions(questionIds.length, active, recallNow)
	};
}

/** Everything drawn from the whole log. */
export function historyPart(entries: readonly ReviewEntry[], clock: StatsClock): HistoryPart {
	const elapsed = withElapsedDays(entries);
	const byRange = <T>(compute: (range: HistoryRange) => T) =>
		Object.fromEntries(historyRanges.map((range) => [range, compute(range)])) as Record<HistoryRange, T>;
	return {
		kind: 'history',
		calendar: reviewCalendar(entries, clock, longestHistory),
		activity: dailyActivity(entries, clock, longestHistory),
		retention: trueRetentionTable(elapsed, clock),
		buttons: byRange((range) => answerButtons(elapsed, clock, range)),
		hours: byRange((range) => hourBreakdown(entries, clock, range)),
		reviewCount: elapsed.length
	};
}
