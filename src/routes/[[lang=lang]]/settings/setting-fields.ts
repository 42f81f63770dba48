import type { ReviewSettings } from '$lib/domain/scheduling/settings';

/** The settings typed into the form (the FSRS parameters have a panel of their own). */
export type FormSetting = Exclude<keyof ReviewSettings, 'fsrsParameters'>;

type Field = {
	key: FormSetting;
	kind: 'number' | 'steps' | 'boolean';
	/** Basic settings are shown; advanced ones fold under "Advanced" (what most learners never need to touch). */
	level: 'basic' | 'advanced';
	min?: number;
	max?: number;
	step?: number;
};

/** The settings form, in the order a learner meets the ideas: the basic ones first, then the advanced. */
export const settingFields: Field[] = [
	{ key: 'newCardsPerDay', kind: 'number', min: 0, max: 9999, step: 1, level: 'basic' },
	{ key: 'maximumReviewsPerDay', kind: 'number', min: 0, max: 99999, step: 1, level: 'basic' },
	{ key: 'desiredRetention', kind: 'number', min: 0.7, max: 0.99, step: 0.01, level: 'basic' },
	{ key: 'quizAnswersReview', kind: 'boolean', level: 'basic' },
	{ key: 'learningStepsMinutes', kind: 'steps', level: 'advanced' },
	{ key: 'relearningStepsMinutes', kind: 'steps', level: 'advanced' },
	{ key: 'dayStartHour', kind: 'number', min: 0, max: 23, step: 1, level: 'advanced' },
	{ key: 'maximumIntervalDays', kind: 'number', min: 1, max: 36500, step: 1, level: 'advanced' },
	{ key: 'leechLapses', kind: 'number', min: 1, max: 99, step: 1, level: 'advanced' },
	{ key: 'fuzz', kind: 'boolean', level: 'advanced' },
	{ key: 'quizAnswersStartNewCards', kind: 'boolean', level: 'advanced' }
];

/** Turns what was typed into the value to validate; anything unparseable becomes NaN and is refused. */
export function parseSettingInput(key: keyof ReviewSettings, raw: string | boolean): unknown {
	if (typeof raw === 'boolean') return raw;
	const field = settingFields.find((candidate) => candidate.key === key);
	if (field?.kind === 'steps') {
		const parts = raw.split(/[\s,，、]+/).filter(Boolean);
		return parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
	}
	return raw.trim() === '' ? Number.NaN : Number(raw);
}

/** The text shown in a setting's input. */
export function settingInputValue(settings: ReviewSettings, key: keyof ReviewSettings): string {
	const value = settings[key];
	return Array.isArray(value) ? value.join(' ') : String(value);
}
