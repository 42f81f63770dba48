import { describe, expect, it } from 'vitest';
import { loadReviewSettings, restoreDefaultReviewSettings, saveReviewSetting } from '$lib/data/settings';
import { defaultReviewSettings, InvalidSettingError } from '$lib/domain/scheduling/settings';
import { freshDatabase } from './helpers';

describe('review settings', () => {
	it('start at the defaults and keep what the learner saves', async () => {
		const database = freshDatabase();
		expect(await loadReviewSettings(database)).toEqual(defaultReviewSettings);
		await saveReviewSetting(database, 'newCardsPerDay', 35);
		await saveReviewSetting(database, 'learningStepsMinutes', [1, 5, 15]);
		expect(await loadReviewSettings(database)).toEqual({
			...defaultReviewSettings,
			newCardsPerDay: 35,
			learningStepsMinutes: [1, 5, 15]
		});
	});

	it('refuse an invalid value, naming the field, and change nothing', async () => {
		const database = freshDatabase();
		await saveReviewSetting(database, 'desiredRetention', 0.85);
		await expect(saveReviewSetting(database, 'desiredRetention', 1.5)).rejects.toThrow(InvalidSettingError);
		await expect(saveReviewSetting(database, 'dayStartHour', 24)).rejects.toThrow(/dayStartHour/);
		expect((await loadReviewSettings(database)).desiredRetention).toBe(0.85);
	});

	it('fall back to the default for a stored value that became invalid', async () => {
		const database = freshDatabase();
		await database.settings.put({ key: 'review-settings', value: { newCardsPerDay: -3, fuzz: false } });
		const settings = await loadReviewSettings(database);
		expect(settings.newCardsPerDay).toBe(defaultReviewSettings.newCardsPerDay);
		expect(settings.fuzz).toBe(false);
	});

	it("restore every form setting to its default, keeping the learner's own FSRS parameters", async () => {
		const database = freshDatabase();
		const own = Array.from({ length: 21 }, (_, index) => 0.1 + index / 10);
		await saveReviewSetting(database, 'newCardsPerDay', 35);
		await saveReviewSetting(database, 'fuzz', false);
		await saveReviewSetting(database, 'learningStepsMinutes', [2, 20]);
		await saveReviewSetting(database, 'fsrsParameters', own);
		const restored = await restoreDefaultReviewSettings(database);
		expect(restored).toEqual({ ...defaultReviewSettings, fsrsParameters: own });
		expect(await loadReviewSettings(database)).toEqual(restored);
	});
});
