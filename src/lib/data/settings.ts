import {
	defaultReviewSettings,
	resolveSettings,
	validateSetting,
	type ReviewSettings
} from '$lib/domain/scheduling/settings';
import type { StudyDatabase } from './database';
import { write } from './write';

export const reviewSettingsKey = 'review-settings';

/** The learner's review settings, defaults filled in. */
export async function loadReviewSettings(database: StudyDatabase): Promise<ReviewSettings> {
	const record = await database.settings.get(reviewSettingsKey);
	const stored = record && typeof record.value === 'object' && record.value !== null ? record.value : {};
	return resolveSettings(stored as Record<string, unknown>);
}

/** Saves one setting after checking it; an invalid value throws InvalidSettingError and changes nothing. */
export async function saveReviewSetting<K extends keyof ReviewSettings>(
	database: StudyDatabase,
	field: K,
	value: unknown
): Promise<ReviewSettings> {
	const valid = validateSetting(field, value);
	return write(() =>
		database.transaction('rw', database.settings, async () => {
			const next = { ...(await loadReviewSettings(database)), [field]: valid };
			await database.settings.put({ key: reviewSettingsKey, value: next });
			return next;
		})
	);
}

/**
 * Puts every setting of the form back to its default in one write. The learner's own FSRS parameters stay: they
 * were fitted to this learner's log and have their own way back to FSRS's defaults (the parameters panel).
 */
export async function restoreDefaultReviewSettings(database: StudyDatabase): Promise<ReviewSettings> {
	return write(() =>
		database.transaction('rw', database.settings, async () => {
			const { fsrsParameters } = await loadReviewSettings(database);
			const next = { ...defaultReviewSettings, fsrsParameters };
			await database.settings.put({ key: reviewSettingsKey, value: next });
			return next;
		})
	);
}
