import { describe, expect, it } from 'vitest';
import { loadStudyState } from '$lib/data/cards';
import { loadQueue } from '$lib/data/queue';
import { loadReviewSettings } from '$lib/data/settings';
import { addExtraNewCards } from '$lib/data/study-more';
import { deckId, questionId } from '$lib/domain/ids';
import { dayMs, clockShift, startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const utcOffset = 480;
const dayStart = startOfStudyDayMs(now, clockShift(utcOffset, defaultReviewSettings.dayStartHour));
const d = deckId('d');
const questions = Array.from({ length: defaultReviewSettings.newCardsPerDay + 15 }, (_, i) => ({
	questionId: questionId(`q${i + 1}`),
	deckId: d
}));

describe('extra new cards for today', () => {
	it('raise today’s new cards without changing the setting, and expire with the study day', async () => {
		const database = freshDatabase();
		const before = await loadQueue(database, questions, now, utcOffset);
		expect(before.queue.fresh).toHaveLength(defaultReviewSettings.newCardsPerDay);

		expect(await addExtraNewCards(database, dayStart, 10)).toBe(10);
		expect(await addExtraNewCards(database, dayStart, 5)).toBe(15);
		const after = await loadQueue(database, questions, now, utcOffset);
		expect(after.queue.fresh).toHaveLength(questions.length);
		expect(await loadReviewSettings(database)).toEqual(defaultReviewSettings);

		const tomorrow = await loadStudyState(database, [], dayStart + dayMs);
		expect(tomorrow.extraNewCardsToday).toBe(0);
	});
});
