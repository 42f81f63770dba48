import type { CardState } from '../scheduling/card';
import { studyDayNumber } from '../scheduling/clock';
import { todayStudyDay, type StatsClock } from './study-days';

/** Cards falling due on one study day: learning steps and reviews apart. */
export type ForecastDay = { day: number; learning: number; review: number };

/** Cards due per study day for the next `dayCount` days, today first; overdue cards count today. */
export function dueForecast(cards: readonly CardState[], clock: StatsClock, dayCount: number): ForecastDay[] {
	const today = todayStudyDay(clock);
	const days: ForecastDay[] = [];
	for (let offset = 0; offset < dayCount; offset++)
		days.push({ day: today + offset, learning: 0, review: 0 });
	for (const card of cards) {
		if (card.suspended || card.phase === 'new') continue;
		const offset = Math.max(0, studyDayNumber(card.dueAtMs, clock.clockShiftMinutes) - today);
		if (offset >= dayCount) continue;
		if (card.phase === 'review') days[offset]!.review++;
		else days[offset]!.learning++;
	}
	return days;
}
