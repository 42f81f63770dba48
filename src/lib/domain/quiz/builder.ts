import { AppError } from '../errors';
import type { DeckId, QuestionId } from '../ids';
import { questionKinds, type Question, type QuestionKind } from '../question';

/** What picking needs of a question: its id, deck and kind (no text, so the builder can run on the content index). */
export type PickableQuestion = Pick<Question, 'id' | 'deckId' | 'kind'>;
import { hashSeed, seedFrom, shuffle } from '../random';
import type { CardState } from '../scheduling/card';
import type { ClockShiftMinutes } from '../scheduling/clock';
import { Scheduler } from '../scheduling/scheduler';
import { defaultReviewSettings } from '../scheduling/settings';
import type { QuizMode, QuizSpec } from './spec';

export const quizPicks = ['mixed', 'weak-spots'] as const;
/**
 * How questions are picked. mixed: at random, spread evenly over the chosen kinds. weak-spots: the studied cards
 * the learner is least likely to recall now (then the most lapses), then unstudied ones.
 */
export type QuizPick = (typeof quizPicks)[number];

/** Which questions a quiz draws from and how many it takes. */
export type QuizSelection = {
	/** 'all' for every deck, including decks added later. */
	decks: 'all' | readonly DeckId[];
	kinds: readonly QuestionKind[];
	/** How many questions; more than are eligible takes them all. */
	count: number;
	pick: QuizPick;
};

/** Everything the quiz builder asks for. */
export type QuizOptions = QuizSelection & {
	/** as-picked: deck order (mixed) or weakest first (weak spots). */
	order: QuizSpec['order'];
	mode: QuizMode;
	timeLimitSeconds: number | null;
};

/** What the learner remembers, for weak spots: their cards and the moment to measure recall at. */
export type LearnerMemory = {
	cards: ReadonlyMap<string, CardState>;
	nowMs: number;
	clockShiftMinutes: ClockShiftMinutes;
	/** Measures recall; the default uses FSRS's default weights (review settings do not change recall). */
	scheduler?: Pick<Scheduler, 'retrievability'>;
};

/** No question matches the chosen decks and kinds. */
export class EmptyQuizError extends AppError<'empty-quiz'> {
	constructor(selection: QuizSelection) {
		const decks = selection.decks === 'all' ? 'all decks' : `decks ${selection.decks.join(', ') || '(none)'}`;
		super('empty-quiz', `No question of kinds ${selection.kinds.join(', ') || '(none)'} in ${decks}`);
	}
}

/** The questions a selection may draw from, in catalog order. */
export function eligibleQuestions<Q extends PickableQuestion>(
	selection: Omit<QuizSelection, 'count' | 'pick'>,
	questions: readonly Q[]
): Q[] {
	const decks = selection.decks === 'all' ? undefined : new Set<string>(selection.decks);
	const kinds = new Set<QuestionKind>(selection.kinds);
	return questions.filter((question) => kinds.has(question.kind) && (!decks || decks.has(question.deckId)));
}

const defaultScheduler = new Scheduler(defaultReviewSettings);

/** A seeded tie-breaker: the same on every device for the same seed, different between seeds. */
const tieBreak = (seed: string) => (id: string) => hashSeed(seedFrom(seed, 'tie', id));

/** Takes from each kind's shuffled pool in turn (kinds themselves in seeded order) until count is reached. */
function pickMixed(pool: readonly PickableQuestion[], count: number, seed: string): PickableQuestion[] {
	const byKind = new Map<QuestionKind, PickableQuestion[]>();
	for (const question of pool) {
		const list = byKind.get(question.kind) ?? [];
		list.push(question);
		byKind.set(question.kind, list);
	}
	const kinds = shuffle(
		questionKinds.filter((kind) => byKind.has(kind)),
		seedFrom(seed, 'kinds')
	);
	const queues = kinds.map((kind) => shuffle(byKind.get(kind)!, seedFrom(seed, 'pick', kind)));
	const picked: PickableQuestion[] = [];
	for (let round = 0; picked.length < count; round++) {
		for (const queue of queues) {
			const question = queue[round];
			if (question && picked.length < count) picked.push(question);
		}
	}
	// "As picked" for a mixed quiz means the decks' own order.
	const position = new Map(pool.map((question, index) => [question.id, index]));
	return picked.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** The weakest first: studied cards by recall now (lowest first), then lapses (most first); unstudied last. */
function pickWeakSpots(
	pool: readonly PickableQuestion[],
	count: number,
	seed: string,
	memory: LearnerMemory | undefined
): PickableQuestion[] {
	const tie = tieBreak(seed);
	const scheduler = memory?.scheduler ?? defaultScheduler;
	const ranked = pool.map((question) => {
		const card = memory?.cards.get(question.id);
		const studied = card !== undefined && card.phase !== 'new';
		return {
			question,
			studied,
			recall: studied ? scheduler.retrievability(card, memory!.nowMs, memory!.clockShiftMinutes) : 1,
			lapses: card?.lapses ?? 0,
			tie: tie(question.id)
		};
	});
	ranked.sort(
		(a, b) =>
			Number(b.studied) - Number(a.studied) ||
			a.recall - b.recall ||
			b.lapses - a.lapses ||
			a.tie - b.tie ||
			(a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0)
	);
	return ranked.slice(0, count).map((entry) => entry.question);
}

/** The ids of the questions a quiz asks, in "as picked" order; a pure function of its inputs and the seed. */
export function selectQuestions(
	selection: QuizSelection,
	questions: readonly PickableQuestion[],
	memory: LearnerMemory | undefined,
	seed: string
): QuestionId[] {
	const pool = eligibleQuestions(selection, questions);
	if (pool.length === 0) throw new EmptyQuizError(selection);
	const count = Math.min(pool.length, Math.max(1, Math.floor(selection.count)));
	const picked =
		selection.pick === 'weak-spots' ? pickWeakSpots(pool, count, seed, memory) : pickMixed(pool, count, seed);
	return picked.map((question) => question.id);
}

/** The spec of a new quiz: the picked questions with the learner's order, mode and time limit. */
export function buildQuizSpec(
	options: QuizOptions,
	catalog: { version: string; questions: readonly PickableQuestion[] },
	memory: LearnerMemory | undefined,
	seed: string
): QuizSpec {
	return {
		contentVersion: catalog.version,
		questionIds: selectQuestions(options, catalog.questions, memory, seed),
		order: options.order,
		seed,
		mode: options.mode,
		timeLimitSeconds: options.timeLimitSeconds
	};
}
