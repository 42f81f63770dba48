// The stored shapes, defined once with valibot: what a backup may contain and what a database row must be to be
// used. Types say what a field is; these schemas also say which values are possible (a stability above 0, a date
// in this century or the next), so an impossible value is refused at the boundary instead of turning into NaN
// deep in the scheduler.
import * as v from 'valibot';
import { deckId, questionId, type DeckId, type QuestionId } from '$lib/domain/ids';
import { quizEndings, quizOrigins, type QuizAttempt } from '$lib/domain/quiz/attempt';
import { afterHandInViews, quizModes, type QuizSpec } from '$lib/domain/quiz/spec';
import { phases, type CardState, type ReviewEntry } from '$lib/domain/scheduling/card';
import { invalidSettingFields, knownSettingFields } from '$lib/domain/scheduling/settings';
import { maxClassTitleLength, maxRosterNames } from '$lib/domain/classroom/class-limits';
import type {
	AssignmentRecord,
	ClassRecord,
	FlagRecord,
	QuizAttemptRecord,
	ReviewRecord,
	SettingRecord
} from './database';
import { reviewSettingsKey } from './settings';

/** Earliest time any stored event may carry: the app did not exist before it, so an earlier one is damage. */
export const earliestMs = Date.UTC(2000, 0, 1);
/** Latest time a stored event may carry (a review, an answer, a start). */
export const latestEventMs = Date.UTC(2200, 0, 1);
/** Latest time a schedule may point to: an event's latest time plus the longest interval (100 years). */
export const latestDueMs = Date.UTC(2300, 0, 1);
/** Ids, tokens and seeds are short; a long one is not ours. */
export const longestText = 2000;
/** No quiz or link has more questions than this (the catalog has a few hundred). */
export const mostQuizQuestions = 1000;

const text = v.pipe(v.string(), v.nonEmpty(), v.maxLength(longestText));
export const questionIdSchema = v.pipe(
	text,
	v.transform((value): QuestionId => questionId(value))
);
const deckIdSchema = v.pipe(
	text,
	v.transform((value): DeckId => deckId(value))
);
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const positiveKey = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
/** When something happened. */
export const eventMs = v.pipe(v.number(), v.minValue(earliestMs), v.maxValue(latestEventMs));
/** When something is due (may be far in the future). */
const dueMs = v.pipe(v.number(), v.minValue(earliestMs), v.maxValue(latestDueMs));
/** A time, or 0 for "none" (IndexedDB cannot index null). */
const dueMsOrZero = v.union([v.literal(0), dueMs]);
const eventMsOrZero = v.union([v.literal(0), eventMs]);
const durationMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(latestEventMs - earliestMs));
/** A UTC offset (−12 h to +14 h) minus a day-start hour (0 to 23). */
const clockShiftMinutes = v.pipe(
	v.number(),
	v.safeInteger(),
	v.minValue(-12 * 60 - 23 * 60),
	v.maxValue(14 * 60)
);
const phase = v.picklist(phases);

/** A card as stored. Studied cards carry what FSRS needs: a positive stability and a difficulty from 1 to 10. */
export const cardSchema = v.pipe(
	v.object({
		questionId: questionIdSchema,
		deckId: deckIdSchema,
		phase,
		dueAtMs: dueMs,
		stability: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e6)),
		difficulty: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)),
		scheduledDays: v.pipe(count, v.maxValue(36_500)),
		learningSteps: v.pipe(count, v.maxValue(100)),
		reps: count,
		lapses: count,
		lastReviewAtMs: v.nullable(eventMs),
		leech: v.boolean(),
		suspended: v.boolean(),
		buriedUntilMs: dueMsOrZero
	}),
	v.forward(
		v.check((card) => card.phase === 'new' || card.stability > 0, 'a studied card has a stability above 0'),
		['stability']
	),
	v.forward(
		v.check(
			(card) => card.phase === 'new' || (card.difficulty >= 1 && card.difficulty <= 10),
			'a studied card has a difficulty from 1 to 10'
		),
		['difficulty']
	),
	v.forward(
		v.check(
			(card) => card.phase === 'new' || card.lastReviewAtMs !== null,
			'a studied card has a last review'
		),
		['lastReviewAtMs']
	)
);

/** A review log entry as stored, with its key when it has one. */
export const reviewSchema = v.object({
	id: v.optional(positiveKey),
	questionId: questionIdSchema,
	deckId: deckIdSchema,
	reviewedAtMs: eventMs,
	rating: v.picklist([0, 1, 2, 3, 4] as const),
	phaseBefore: phase,
	durationMs,
	clockShiftMinutes,
	origin: v.picklist(['review', 'quiz'] as const)
});

const record = v.record(v.string(), v.unknown());

/** A setting as stored: a key and its value; the review settings' fields are checked like the settings page does. */
export const settingSchema = v.pipe(
	v.object({ key: text, value: v.unknown() }),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const setting = dataset.value;
		if (setting.key !== reviewSettingsKey) return setting;
		if (!v.is(record, setting.value)) {
			addIssue({ message: 'value: the review settings are not a record' });
			return NEVER;
		}
		const [invalid] = invalidSettingFields(setting.value);
		if (invalid !== undefined) {
			addIssue({ message: `value.${invalid}: not a valid setting`, input: setting.value[invalid] });
			return NEVER;
		}
		return { key: setting.key, value: knownSettingFields(setting.value) };
	})
);

const index = (count: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(count));
const optionIndex = index(100);
const responseSchema = v.variant('kind', [
	v.object({ kind: v.literal('flashcard'), revealed: v.boolean() }),
	v.object({ kind: v.literal('single-choice'), selected: v.nullable(optionIndex) }),
	v.object({ kind: v.literal('multiple-select'), selected: v.pipe(v.array(optionIndex), v.maxLength(100)) }),
	v.object({ kind: v.literal('true-false'), answer: v.nullable(v.boolean()) }),
	v.object({ kind: v.literal('cloze'), text: v.pipe(v.string(), v.maxLength(longestText)) }),
	v.object({ kind: v.literal('ordering'), order: v.pipe(v.array(optionIndex), v.maxLength(100)) }),
	v.object({
		kind: v.literal('matching'),
		rightFor: v.pipe(v.array(v.nullable(optionIndex)), v.maxLength(100))
	})
]);
const gradeSchema = v.variant('kind', [
	v.object({ kind: v.literal('self-graded') }),
	v.object({ kind: v.literal('correct') }),
	v.object({ kind: v.literal('near-miss'), expected: v.pipe(v.string(), v.maxLength(longestText)) }),
	v.object({
		kind: v.literal('wrong'),
		partial: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))
	})
]);

/** A quiz's definition, as decoded from its link. */
export const quizSpecSchema = v.object({
	contentVersion: text,
	questionIds: v.pipe(v.array(questionIdSchema), v.nonEmpty(), v.maxLength(mostQuizQuestions)),
	order: v.picklist(['as-picked', 'shuffled'] as const),
	seed: text,
	mode: v.picklist(quizModes),
	timeLimitSeconds: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(24 * 3600))),
	handIn: v.optional(v.object({ afterHandIn: v.picklist(afterHandInViews), retake: v.boolean() }))
});

const askedSchema = v.object({ questionId: questionIdSchema, deckId: deckIdSchema });
const answerSchema = v.object({
	questionId: questionIdSchema,
	deckId: deckIdSchema,
	response: responseSchema,
	grade: gradeSchema,
	correct: v.boolean(),
	answeredAtMs: eventMs,
	durationMs,
	reviewId: v.nullable(positiveKey)
});

const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** A quiz attempt as stored: its answers belong to its questions, once each, and "finished" is consistent. */
export const quizAttemptSchema = v.pipe(
	v.object({
		id: v.optional(positiveKey),
		token: text,
		spec: quizSpecSchema,
		origin: v.picklist(quizOrigins),
		questions: v.pipe(v.array(askedSchema), v.maxLength(mostQuizQuestions)),
		deckIds: v.pipe(v.array(deckIdSchema), v.maxLength(mostQuizQuestions)),
		startedAtMs: eventMs,
		finishedAtMs: eventMsOrZero,
		endedBy: v.nullable(v.picklist(quizEndings)),
		answers: v.pipe(v.array(answerSchema), v.maxLength(mostQuizQuestions))
	}),
	v.forward(
		v.check(
			(attempt) => unique(attempt.questions.map((question) => question.questionId)),
			'a question is asked once'
		),
		['questions']
	),
	v.forward(
		v.check((attempt) => {
			const asked = new Set<string>(attempt.questions.map((question) => question.questionId));
			const answered = attempt.answers.map((answer) => answer.questionId);
			return unique(answered) && answered.every((id) => asked.has(id));
		}, 'each answer is to a question of the attempt, at most once'),
		['answers']
	),
	v.forward(
		v.check(
			(attempt) => (attempt.finishedAtMs === 0) === (attempt.endedBy === null),
			'a finished attempt says how it ended, one in progress does not'
		),
		['endedBy']
	)
);

/** A pasted block of result codes: a class of hundreds of codes is far below this. */
const longestCodesText = 500_000;

/** One round of a saved class: its link and the codes pasted for it. */
const classRoundSchema = v.object({
	token: text,
	startedAtMs: eventMs,
	codes: v.pipe(v.string(), v.maxLength(longestCodesText))
});

/** A class quiz the teacher built (data/classes.ts); its tokens are its rounds' tokens. */
export const classSchema = v.pipe(
	v.object({
		id: v.optional(positiveKey),
		title: v.pipe(v.string(), v.maxLength(maxClassTitleLength)),
		createdAtMs: eventMs,
		archivedAtMs: v.union([v.literal(0), eventMs]),
		roster: v.pipe(v.array(v.pipe(v.string(), v.maxLength(longestText))), v.maxLength(maxRosterNames)),
		rounds: v.pipe(v.array(classRoundSchema), v.nonEmpty(), v.maxLength(mostQuizQuestions)),
		tokens: v.array(text),
		articleId: v.optional(text)
	}),
	v.forward(
		v.check(
			(saved) =>
				saved.tokens.length === saved.rounds.length &&
				saved.rounds.every((round, index) => saved.tokens[index] === round.token),
			"the tokens are the rounds' tokens, in order"
		),
		['tokens']
	)
);

/** A question assigned for practice. */
export const assignmentSchema = v.object({
	questionId: questionIdSchema,
	assignedAtMs: eventMs,
	position: v.pipe(count, v.maxValue(mostQuizQuestions)),
	quizToken: v.pipe(v.string(), v.maxLength(longestText))
});

/** A flag on a question (data/card-browser.ts). */
export const flagSchema = v.object({ questionId: questionIdSchema, flaggedAtMs: eventMs });

// The schemas produce exactly the stored types: a change to one without the other fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
	Same<v.InferOutput<typeof cardSchema>, CardState>,
	Same<v.InferOutput<typeof reviewSchema>, ReviewRecord>,
	Same<v.InferOutput<typeof settingSchema>, SettingRecord>,
	Same<v.InferOutput<typeof quizSpecSchema>, QuizSpec>,
	Same<Omit<v.InferOutput<typeof quizAttemptSchema>, 'id'>, QuizAttempt>,
	Same<v.InferOutput<typeof quizAttemptSchema>, QuizAttemptRecord>,
	Same<v.InferOutput<typeof assignmentSchema>, AssignmentRecord>,
	Same<v.InferOutput<typeof reviewSchema>, ReviewEntry & { id?: number }>,
	Same<v.InferOutput<typeof classSchema>, ClassRecord>,
	Same<v.InferOutput<typeof flagSchema>, FlagRecord>
] = [true, true, true, true, true, true, true, true, true, true];
void sameShapes;

/** Where in a value a problem is, as `a[1].b`, for messages that name the field. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
	return (issue.path ?? [])
		.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
		.join('')
		.replace(/^\./, '');
}

/** A short description of the first problem: where it is, what it is and the value found. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
	const where = issuePath(issue);
	const found = JSON.stringify(issue.input)?.slice(0, 60) ?? String(issue.input);
	return `${where ? `${where}: ` : ''}${issue.message} (found ${found})`;
}
