import type { SourceLocation } from './article';
import type { Bilingual } from './language';

// The article's dated events (questions/<folder>/timeline.yaml), for the timeline.

/** When an event happened, as far as the article says: a year, a year and month, or a full date (ISO). */
export type PartialIsoDate = string;

export type TimelineEvent = {
	id: string;
	when: PartialIsoDate;
	/** The date as the article writes it (zh, part of the quote) and in English. */
	date: Bilingual;
	/** What happened, in a line. */
	text: Bilingual;
	/** The article's words for it, verbatim, and where they are. */
	quote: string;
	location: SourceLocation;
};

const partialIsoDate = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a text is a year, a year-month or a full date in ISO form (1916, 2024-05, 2025-06-17). */
export const isPartialIsoDate = (text: string) => partialIsoDate.test(text);

/**
 * Orders two partial dates: by year, then month, then day; a date the article gives less precisely (2025) comes
 * before the more precise ones within it (2025-04), since it may be the earliest.
 */
export function compareWhen(a: PartialIsoDate, b: PartialIsoDate): number {
	const parts = (text: string) => text.split('-').map(Number);
	const [left, right] = [parts(a), parts(b)];
	for (let index = 0; index < 3; index++) {
		const difference = (left[index] ?? 0) - (right[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** The first event that comes before the one listed ahead of it, or undefined when the list is in order. */
export function firstOutOfOrder(events: readonly Pick<TimelineEvent, 'id' | 'when'>[]) {
	return events.find((event, index) => index > 0 && compareWhen(events[index - 1]!.when, event.when) > 0);
}

/** The year of a partial date. */
export const yearOf = (when: PartialIsoDate) => Number(when.slice(0, 4));
