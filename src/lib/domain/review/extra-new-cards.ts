// A one-day increase of the new-card limit ("more new cards today"), kept apart from the review settings.

/** How many extra new cards one "more new cards" adds for today. */
export const extraNewCardsStep = 10;

/** The one-day increase of the new-card limit, as stored: it applies only to the study day it was made on. */
export type ExtraNewCardsRecord = { dayStartMs: number; extraNewCards: number };

/** Extra new cards allowed today: the stored increase if it was made today, else none (it expired at midnight). */
export function extraNewCardsToday(record: unknown, dayStartMs: number): number {
	if (typeof record !== 'object' || record === null) return 0;
	const { dayStartMs: madeOn, extraNewCards } = record as Partial<ExtraNewCardsRecord>;
	if (madeOn !== dayStartMs || typeof extraNewCards !== 'number' || !Number.isInteger(extraNewCards))
		return 0;
	return Math.max(0, extraNewCards);
}

/** The stored increase after adding `count` more today (a record from an earlier day starts over). */
export function withExtraNewCards(record: unknown, dayStartMs: number, count: number): ExtraNewCardsRecord {
	return { dayStartMs, extraNewCards: extraNewCardsToday(record, dayStartMs) + count };
}
