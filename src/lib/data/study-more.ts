import type { ReviewEntry } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import { withExtraNewCards } from '$lib/domain/review/extra-new-cards';
import {
	forgottenWithinDays,
	studyMoreOffer,
	type StudyMoreInput,
	type StudyMoreOffer
} from '$lib/domain/review/study-more';
import { extraNewCardsKey } from './cards';
import type { StudyDatabase } from './database';
import { write } from './write';

/** The log entries of the last `forgottenWithinDays` (what "practise forgotten cards" chooses from). */
export async function recentLog(
	database: StudyDatabase,
	nowMs: number
): Promise<Pick<ReviewEntry, 'questionId' | 'reviewedAtMs' | 'rating' | 'phaseBefore'>[]> {
	return database.reviews
		.where('reviewedAtMs')
		.aboveOrEqual(nowMs - forgottenWithinDays * dayMs)
		.toArray();
}

/**
 * Raises today's new-card limit by `count`, for today only: the review settings are not touched, and the
 * increase is ignored once the study day that began at `dayStartMs` is over. Returns today's total increase.
 */
export async function addExtraNewCards(
	database: StudyDatabase,
	dayStartMs: number,
	count: number
): Promise<number> {
	return write(() =>
		database.transaction('rw', database.settings, async () => {
			const stored = await database.settings.get(extraNewCardsKey);
			const next = withExtraNewCards(stored?.value, dayStartMs, count);
			await database.settings.put({ key: extraNewCardsKey, value: next });
			return next.extraNewCards;
		})
	);
}

/** What can be studied beyond today's queue, from the session's cards and the recent log read here. */
export async function loadStudyMoreOffer(
	database: StudyDatabase,
	input: Omit<StudyMoreInput, 'recentLog'>
): Promise<StudyMoreOffer> {
	return studyMoreOffer({ ...input, recentLog: await recentLog(database, input.nowMs) });
}
