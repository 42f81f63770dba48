import type { QuestionId } from '$lib/domain/ids';
import type { CardState } from '$lib/domain/scheduling/card';
import type { ReviewSettings } from '$lib/domain/scheduling/settings';
import { reviewsOf } from './cards';
import type { StudyDatabase } from './database';
import type { ReviewRecord } from './database';
import { loadReviewSettings } from './settings';

/** One card as its info panel shows it: the stored card (if studied), its log, and the settings in force. */
export type CardInfoData = {
	card: CardState | undefined;
	entries: ReviewRecord[];
	settings: ReviewSettings;
};

/** Reads a card, its log and the settings in one read transaction. */
export async function loadCardInfo(database: StudyDatabase, questionId: QuestionId): Promise<CardInfoData> {
	return database.transaction('r', database.cards, database.reviews, database.settings, async () => ({
		card: await database.cards.get(questionId),
		entries: await reviewsOf(database, questionId),
		settings: await loadReviewSettings(database)
	}));
}
