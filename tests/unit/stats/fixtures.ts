import { deckId, questionId } from '$lib/domain/ids';
import { newCard, type CardState, type Phase, type ReviewEntry } from '$lib/domain/scheduling/card';
import { clockShift } from '$lib/domain/scheduling/clock';
import type { StatsClock } from '$lib/domain/stats/study-days';

export const utc = (iso: string) => Date.parse(iso);
/** Taipei (UTC+8), day starting at 4 AM: 04:00 local is 20:00 UTC the day before. */
export const taipeiShift = clockShift(480, 4);
/** London in winter (UTC+0), day starting at 4 AM. */
export const londonShift = clockShift(0, 4);

export const taipeiClock = (iso: string): StatsClock => ({
	nowMs: utc(iso),
	clockShiftMinutes: taipeiShift,
	dayStartHour: 4
});

export function entry(
	id: string,
	iso: string,
	rating: ReviewEntry['rating'],
	phaseBefore: Phase = 'review',
	options: Partial<ReviewEntry> = {}
): ReviewEntry {
	return {
		questionId: questionId(id),
		deckId: deckId(options.deckId ?? 'deck-a'),
		reviewedAtMs: utc(iso),
		rating,
		phaseBefore,
		durationMs: 10_000,
		clockShiftMinutes: taipeiShift,
		origin: 'review',
		...options
	} as ReviewEntry;
}

export function card(id: string, fields: Partial<CardState> = {}): CardState {
	return { ...newCard(questionId(id), deckId('deck-a'), 0), ...fields };
}
