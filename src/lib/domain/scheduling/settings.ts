import { AppError } from '../errors';

/** The learner's review settings; every field takes effect at the next card. */
export type ReviewSettings = {
	/** Probability of recall FSRS aims for when a card comes due (0.7 to 0.99). */
	desiredRetention: number;
	newCardsPerDay: number;
	maximumReviewsPerDay: number;
	/** Whole minutes: ts-fsrs reads steps as integers. */
	learningStepsMinutes: number[];
	relearningStepsMinutes: number[];
	/** Local hour (0-23) at which a new study day starts. */
	dayStartHour: number;
	maximumIntervalDays: number;
	/** Spread intervals a little so cards learned together do not stay together. */
	fuzz: boolean;
	/** Lapses after which a card is flagged as a leech. */
	leechLapses: number;
	/** Quiz answers also count as reviews of their cards. */
	quizAnswersReview: boolean;
	/** Quiz answers on cards never studied start them (off: only cards already in study are reviewed by a quiz,
	 *  so a quiz does not fill the learning queue). */
	quizAnswersStartNewCards: boolean;
	/** The learner's own FSRS parameters, fitted to their log (see optimizer.ts); null: FSRS's defaults. */
	fsrsParameters: number[] | null;
};

export const defaultReviewSettings: ReviewSettings = {
	desiredRetention: 0.9,
	newCardsPerDay: 20,
	maximumReviewsPerDay: 200,
	learningStepsMinutes: [1, 10],
	relearningStepsMinutes: [10],
	dayStartHour: 4,
	maximumIntervalDays: 36_500,
	fuzz: true,
	leechLapses: 8,
	quizAnswersReview: true,
	quizAnswersStartNewCards: false,
	fsrsParameters: null
};

export class InvalidSettingError extends AppError<'invalid-setting'> {
	constructor(
		readonly field: keyof ReviewSettings,
		value: unknown
	) {
		super('invalid-setting', `Invalid review setting ${field}: ${JSON.stringify(value)}`);
	}
}

/** FSRS-6 has 21 parameters; FSRS-5's 19 are still read (ts-fsrs completes them). */
export const fsrsParameterCounts = [19, 21];

const inRange = (value: unknown, min: number, max: number, integer = true): value is number =>
	typeof value === 'number' &&
	Number.isFinite(value) &&
	value >= min &&
	value <= max &&
	(!integer || Number.isInteger(value));

const validSteps = (value: unknown): value is number[] =>
	Array.isArray(value) && value.length <= 10 && value.every((step) => inRange(step, 1, 60 * 24 * 7));

const rules: { [K in keyof ReviewSettings]: (value: unknown) => boolean } = {
	desiredRetention: (value) => inRange(value, 0.7, 0.99, false),
	newCardsPerDay: (value) => inRange(value, 0, 9999),
	maximumReviewsPerDay: (value) => inRange(value, 0, 99_999),
	learningStepsMinutes: validSteps,
	relearningStepsMinutes: validSteps,
	dayStartHour: (value) => inRange(value, 0, 23),
	maximumIntervalDays: (value) => inRange(value, 1, 36_500),
	fuzz: (value) => typeof value === 'boolean',
	leechLapses: (value) => inRange(value, 1, 99),
	quizAnswersReview: (value) => typeof value === 'boolean',
	quizAnswersStartNewCards: (value) => typeof value === 'boolean',
	fsrsParameters: (value) =>
		value === null ||
		(Array.isArray(value) &&
			fsrsParameterCounts.includes(value.length) &&
			value.every(
				(weight) => typeof weight === 'number' && Number.isFinite(weight) && Math.abs(weight) < 1000
			))
};

/** Checks one changed setting; throws InvalidSettingError naming the field. */
export function validateSetting<K extends keyof ReviewSettings>(field: K, value: unknown): ReviewSettings[K] {
	if (!rules[field](value)) throw new InvalidSettingError(field, value);
	return value as ReviewSettings[K];
}

/** The fields of stored settings that are not valid review settings (unknown fields are not listed). */
export function invalidSettingFields(stored: Partial<Record<string, unknown>>): (keyof ReviewSettings)[] {
	return (Object.keys(rules) as (keyof ReviewSettings)[]).filter(
		(field) => stored[field] !== undefined && !rules[field](stored[field])
	);
}

/** Only the known review settings of a stored value (what a backup keeps). */
export function knownSettingFields(stored: Partial<Record<string, unknown>>): Partial<ReviewSettings> {
	return Object.fromEntries(
		(Object.keys(rules) as (keyof ReviewSettings)[])
			.filter((field) => stored[field] !== undefined)
			.map((field) => [field, stored[field]])
	) as Partial<ReviewSettings>;
}

/** Stored settings merged over the defaults; a stored value that is no longer valid falls back to its default. */
export function resolveSettings(stored: Partial<Record<string, unknown>>): ReviewSettings {
	const settings = { ...defaultReviewSettings };
	for (const field of Object.keys(rules) as (keyof ReviewSettings)[]) {
		const value = stored[field];
		if (value !== undefined && rules[field](value)) (settings as Record<string, unknown>)[field] = value;
	}
	return settings;
}
