import { recordReview, resetCard, undoReview, updateCardFlags } from '$lib/data/cards';
import type { StudyDatabase } from '$lib/data/database';
import { StaleCardError } from '$lib/data/errors';
import { requestPersistentStorage } from '$lib/data/persistence';
import { observe } from '$lib/data/live';
import { loadQueue, localUtcOffsetMinutes } from '$lib/data/queue';
import { loadReviewSettings } from '$lib/data/settings';
import type { StudyMoreOffer } from '$lib/domain/review/study-more';
import { startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import type { Grade } from '$lib/domain/grading';
import type { Question } from '$lib/domain/question';
import type { ReviewNotice } from '$lib/domain/review/notices';
import {
	buriedUntilMs,
	emptyReviewModel,
	isNewStudyDay,
	isPractising,
	nextStep,
	reviewReducer,
	sessionCounts,
	sessionTally,
	shownAgain,
	suggestedRating,
	type ReviewEvent,
	type ReviewModel,
	type ShownCard
} from '$lib/domain/review/session';
import { seedFrom } from '$lib/domain/random';
import { emptyResponse, isComplete, type Response } from '$lib/domain/response';
import type { CardState, Rating } from '$lib/domain/scheduling/card';
import type { QueueCounts, QueueItem } from '$lib/domain/scheduling/queue';
import type { ReviewOutcome, Scheduler } from '$lib/domain/scheduling/scheduler';
import { SchedulerError } from '$lib/domain/scheduling/scheduler-error';
import { systemClock, type Clock } from '$lib/platform/clock';
import { reportError } from '$lib/platform/report';
import { loadWordCards } from '$lib/data/word-cards';
import { wordCardQuestion, type WordCard } from '$lib/domain/word-cards';

/** Answer times above this are treated as the learner having walked away. */
const maximumDurationMs = 120_000;

// Loaded after the first card is painted (see ReviewSession.scheduler); the bundler makes each its own chunk.
const schedulerCode = () => import('$lib/domain/scheduling/scheduler');
const answerCode = () => import('$lib/platform/chinese-converter');

export type SessionStatus = 'loading' | 'load-failed' | 'asking' | 'answered' | 'waiting' | 'done';

/** The card on screen: its question, the card as stored (undefined if never studied) and as scheduled. */
export type CurrentCard = {
	item: QueueItem;
	question: Question;
	stored: CardState | undefined;
	card: CardState;
	shownAtMs: number;
	seed: string;
	/** The word, reading and sentence when the card is one of the learner's word cards. */
	wordCard: WordCard | undefined;
};

export type ReviewSessionOptions = {
	/** The questions in scope (one deck or all), in deck order. */
	questions: Question[];
	/** The learner's word cards join the scope (read from storage with the cards): all decks, or "my cards". */
	wordCards?: boolean;
	clock?: Clock;
};

/**
 * Drives one review session on screen. The session itself (queue, limits, undo, counts) is the pure model of
 * domain/review/session.ts; this class applies its effects: database writes, the settings subscription, timers.
 */
export class ReviewSession {
	status = $state<SessionStatus>('loading');
	current = $state<CurrentCard | undefined>();
	response = $state<Response | undefined>();
	grade = $state<Grade | undefined>();
	outcomes = $state.raw<Record<Rating, ReviewOutcome> | undefined>();
	suggested = $state<Rating | undefined>();
	notice = $state<ReviewNotice | undefined>();
	/** The question whose card just became a leech, so its paragraph can be offered. */
	leech = $state<Question | undefined>();
	/** The counts on screen, as of the last card shown or change made. */
	counts = $state<QueueCounts>({ new: 0, learning: 0, review: 0 });
	/** When the next card is due after the session (or the waiting learning card). */
	nextDueAtMs = $state<number | undefined>();
	busy = $state(false);
	/** Once today's queue is empty: the ways to study more and tomorrow's forecast (undefined while read). */
	offer = $state.raw<StudyMoreOffer | undefined>();
	readonly startedAtMs: number;

	private model = $state.raw<ReviewModel>(emptyReviewModel([]));
	/** Learning cards due later today, shown when they come within the learn-ahead window. */
	private waitingCount = $state(0);
	/**
	 * The grader and the scheduler (ts-fsrs): about 10 KiB gz that the first card's paint does not need. Fetched
	 * when the session loads, while the card is painted; the first answer waits for them if they have not arrived.
	 */
	private scheduler: Promise<Scheduler> | undefined;
	private loaded = false;
	private readonly database: StudyDatabase;
	private readonly questions: Question[];
	private readonly questionsById: Map<string, Question>;
	private readonly includeWordCards: boolean;
	/** The word cards in scope, as last read from storage. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never observed
	private wordCards = new Map<string, WordCard>();
	private readonly clock: Clock;
	private waitTimer: ReturnType<typeof setTimeout> | undefined;
	private settingsSubscription: { unsubscribe(): void } | undefined;
	/** The ratings still being written, one after another; what reads or changes storage waits for them. */
	private writes: Promise<void> = Promise.resolve();
	private persistenceAsked = false;

	constructor(database: StudyDatabase, options: ReviewSessionOptions) {
		this.database = database;
		this.questions = options.questions;
		this.includeWordCards = options.wordCards ?? false;
		this.clock = options.clock ?? systemClock;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- fixed for the session's life
		this.questionsById = new Map(this.questions.map((question) => [question.id, question]));
		this.model = emptyReviewModel(
			this.questions.map((question) => ({ questionId: question.id, deckId: question.deckId }))
		);
		this.startedAtMs = this.clock.now();
	}

	/** Ratings given this session that still stand. */
	get reviewed(): number {
		return sessionTally(this.model).reviewed;
	}

	/** Of those, the ones not rated Again. */
	get remembered(): number {
		return sessionTally(this.model).remembered;
	}

	/** The settings in force (the "done for today" screen names the daily new-card limit). */
	get settings() {
		return this.model.settings;
	}

	/** Practising forgotten cards: answers are checked, nothing is rated or written. */
	get practising(): boolean {
		return isPractising(this.model);
	}

	/** Review ahead is under way. */
	get reviewingAhead(): boolean {
		return this.model.more?.kind === 'ahead';
	}

	/** Cards gone through in this practice. */
	get practised(): number {
		return this.model.more?.kind === 'practice' ? this.model.more.practised : 0;
	}

	get canUndo(): boolean {
		return this.model.undoStack.length > 0;
	}

	/** Reads the learner's cards and settings (once the ratings being written are saved) and shows the first card. */
	async start(): Promise<void> {
		this.status = 'loading';
		await this.writes;
		await this.load();
	}

	/** Ratings given on screen are written in the background: this settles once they all are (or failed). */
	settled(): Promise<void> {
		return this.writes;
	}

	private async load(): Promise<void> {
		this.status = 'loading';
		try {
			if (this.includeWordCards) await this.readWordCards();
			const now = this.clock.now();
			const loaded = await loadQueue(this.database, [...this.model.scope], now, localUtcOffsetMinutes(now));
			this.apply({
				kind: 'loaded',
				nowMs: now,
				settings: loaded.settings,
				clockShiftMinutes: loaded.clockShiftMinutes,
				snapshot: loaded.state
			});
			this.loaded = true;
			this.watchSettings();
			this.showNext();
		} catch (error) {
			reportError('Reading the review session from storage', error);
			this.status = 'load-failed';
		}
	}

	/**
	 * Reads the learner's word cards into the scope, after the decks' questions (so a new word comes after the
	 * decks' new cards, under the same daily limit): added in another tab, they join; deleted, they leave the queue (kept by id for an undo still pending).
	 */
	private async readWordCards() {
		const cards = await loadWordCards(this.database);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never observed
		this.wordCards = new Map(cards.map((card) => [card.questionId as string, card]));
		const questions = cards.map(wordCardQuestion);
		for (const question of questions) this.questionsById.set(question.id, question);
		const scope = this.questions.map((question) => ({ questionId: question.id, deckId: question.deckId }));
		for (const question of questions) scope.push({ questionId: question.id, deckId: question.deckId });
		this.model = { ...this.model, scope };
	}

	/** Settings changed on the settings page (in any tab) apply from the next card. */
	private watchSettings() {
		this.settingsSubscription ??= observe(() => loadReviewSettings(this.database), {
			next: (settings) => {
				const current = this.model.settings;
				if (!this.loaded || JSON.stringify(settings) === JSON.stringify(current)) return;
				if (settings.dayStartHour !== current.dayStartHour) {
					// A new day boundary changes today's counts: reload them.
					void this.start();
					return;
				}
				this.apply({ kind: 'settings-changed', settings });
				if (this.status === 'asking' || this.status === 'answered') this.refreshCounts();
				else this.showNext();
			},
			error: (error: unknown) => reportError('Watching the review settings', error)
		});
	}

	/** The share of the session done, for the progress bar. */
	get progress(): { done: number; total: number } {
		const remaining = this.counts.new + this.counts.learning + this.counts.review + this.waitingCount;
		return { done: this.reviewed, total: this.reviewed + remaining };
	}

	get canSubmit(): boolean {
		return (
			this.status === 'asking' &&
			!!this.current &&
			!!this.response &&
			isComplete(this.current.question, this.response)
		);
	}

	/** Shows the answer (flashcards) or grades the response, then previews the four ratings. */
	async submit(): Promise<void> {
		const current = this.current;
		const scheduler = this.scheduler;
		if (this.status !== 'asking' || this.busy || !current || !this.response || !scheduler) return;
		const response: Response =
			this.response.kind === 'flashcard' ? { kind: 'flashcard', revealed: true } : this.response;
		if (!isComplete(current.question, response)) return;
		this.response = response;
		this.busy = true;
		let ready: Scheduler;
		let grader: typeof import('$lib/platform/chinese-converter');
		try {
			[grader, ready] = await Promise.all([answerCode(), scheduler]);
		} catch (error) {
			// The grader's or the scheduler's code did not arrive (offline before it was cached, a deploy removed it):
			// said as such; the answer stays on screen, nothing is written, and the learner can reload.
			reportError('Loading the grader and the scheduler', error);
			this.busy = false;
			this.notice = 'code-failed';
			return;
		}
		try {
			this.grade = await grader.gradeAnswer(current.question, response);
		} finally {
			this.busy = false;
		}
		if (this.practising) {
			// Practice is not a review: nothing to preview or rate, "Next" goes on.
			this.status = 'answered';
			return;
		}
		const now = this.clock.now();
		try {
			// Computed once here and committed as is: the interval on each button is exactly the one saved.
			this.outcomes = ready.preview(current.card, {
				nowMs: now,
				clockShiftMinutes: this.model.clockShiftMinutes,
				durationMs: Math.min(maximumDurationMs, now - current.shownAtMs),
				origin: 'review'
			});
		} catch (error) {
			// A card whose stored state FSRS cannot use: said as such, and the learner can reset it.
			if (!(error instanceof SchedulerError)) throw error;
			reportError('Scheduling the card', error);
			this.notice = 'schedule-failed';
			return;
		}
		this.suggested = suggestedRating(this.grade);
		this.status = 'answered';
	}

	/**
	 * Moves on to the next card at once and saves the rating (card and log in one transaction) behind it, so the
	 * next card is painted without waiting for storage. If the write fails, the session takes the rating back (the
	 * card is due again, the tally and today's counts as before) and says so; the promise settles once written.
	 */
	async rate(rating: Rating): Promise<void> {
		const current = this.current;
		const outcome = this.outcomes?.[rating];
		if (this.status !== 'answered' || !current || !outcome || this.busy) return;
		const questionId = outcome.card.questionId;
		this.notice = undefined;
		this.apply({ kind: 'rated', reviewId: undefined, before: current.stored, after: outcome.card, rating });
		const becameLeech = outcome.card.leech && !current.card.leech;
		if (becameLeech) this.leech = current.question;
		this.showNext();
		await this.write(async () => {
			try {
				const reviewId = await recordReview(this.database, current.stored, outcome);
				this.apply({ kind: 'rating-saved', questionId, reviewId });
				// Ask the browser not to evict the database under storage pressure, once there is progress to keep.
				if (!this.persistenceAsked) {
					this.persistenceAsked = true;
					void requestPersistentStorage();
				}
			} catch (error) {
				this.apply({ kind: 'rating-failed', questionId });
				if (becameLeech && this.leech?.id === current.question.id) this.leech = undefined;
				// The card is due again: the counts say so, and a session that had run out shows it.
				if (this.status === 'asking' || this.status === 'answered') this.refreshCounts();
				else if (this.status !== 'loading') this.showNext();
				await this.recover(error);
			}
		});
	}

	/** Practice: the answered card leaves the practice and the next one is shown (nothing is written). */
	nextPractice() {
		const current = this.current;
		if (!this.practising || this.status !== 'answered' || !current) return;
		this.apply({ kind: 'practised', questionId: current.question.id });
		this.showNext();
	}

	/** Raises today's new-card limit (today only, the setting unchanged) and goes on with the new cards. */
	async studyMoreNew(): Promise<void> {
		const count = this.offer?.extraNew ?? 0;
		if (count === 0 || this.busy) return;
		this.busy = true;
		try {
			await this.writes;
			const now = this.clock.now();
			// Loaded only when chosen: what comes after the daily limit stays out of the review page's first load.
			const { addExtraNewCards } = await import('$lib/data/study-more');
			await addExtraNewCards(this.database, startOfStudyDayMs(now, this.model.clockShiftMinutes), count);
			this.apply({ kind: 'study-more', more: undefined });
			await this.load();
		} catch (error) {
			reportError('Adding new cards for today', error);
			this.notice = 'storage-failed';
		} finally {
			this.busy = false;
		}
	}

	/** Reviews the cards due in the next days now, as ordinary (written) reviews. */
	reviewAhead() {
		const questionIds = this.offer?.reviewAhead ?? [];
		if (questionIds.length === 0) return;
		this.apply({ kind: 'study-more', more: { kind: 'ahead', questionIds, sinceMs: this.clock.now() } });
		this.showNext();
	}

	/** Goes through the recently forgotten cards once each, as practice that writes nothing. */
	practiseForgotten() {
		const remaining = this.offer?.forgotten ?? [];
		if (remaining.length === 0) return;
		this.apply({ kind: 'study-more', more: { kind: 'practice', remaining, practised: 0 } });
		this.showNext();
	}

	/** Leaves practice or review ahead for today's own queue (the "done for today" screen when it is empty). */
	stopStudyingMore() {
		this.apply({ kind: 'study-more', more: undefined });
		this.showNext();
	}

	/** Reads what can be studied beyond today's queue; the screen shows the offer once it is known. */
	private async loadOffer() {
		this.offer = undefined;
		try {
			const now = this.clock.now();
			const model = this.model;
			const { loadStudyMoreOffer } = await import('$lib/data/study-more');
			this.offer = await loadStudyMoreOffer(this.database, {
				scope: model.scope,
				cards: model.cards,
				nowMs: now,
				shift: model.clockShiftMinutes,
				settings: model.settings
			});
		} catch (error) {
			reportError('Reading what to study after the daily limit', error);
		}
	}

	/** Runs a write after the ones before it, so that writes reach storage in the order they were made. */
	private write(task: () => Promise<void>): Promise<void> {
		const run = this.writes.then(task);
		this.writes = run.catch((error: unknown) => reportError('Writing a rating', error));
		return run;
	}

	/** Takes back the last rating or card action and shows that card again. */
	async undo(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		// A rating still being written is undone once it is (or is gone if it failed).
		await this.writes;
		const entry = this.model.undoStack.at(-1);
		if (!entry) {
			this.notice = 'nothing-to-undo';
			this.busy = false;
			return;
		}
		try {
			const question = this.questionsById.get(entry.questionId)!;
			await undoReview(this.database, entry);
			this.apply({ kind: 'undone' });
			if (this.leech?.id === question.id) this.leech = undefined;
			this.show(
				shownAgain({ questionId: question.id, deckId: question.deckId }, entry.before, this.clock.now()),
				question
			);
			this.refreshCounts();
			this.notice = 'undone';
		} catch (error) {
			// A card changed elsewhere cannot be undone here; a failed write can be tried again.
			if (error instanceof StaleCardError) this.apply({ kind: 'undo-refused' });
			await this.recover(error);
		} finally {
			this.busy = false;
		}
	}

	/** Suspends the card on screen: it leaves every queue until unsuspended (Z takes it back). */
	suspend = () =>
		this.cardAction('suspended', (card) => updateCardFlags(this.database, card, { suspended: true }));

	/** Leaves the card on screen out until the next study day. */
	bury = () =>
		this.cardAction('buried', (card) =>
			updateCardFlags(this.database, card, { buriedUntilMs: buriedUntilMs(this.model, this.clock.now()) })
		);

	/** Starts the card on screen over as new. */
	reset = () =>
		this.cardAction('reset', async (card) => {
			const { before, reviewId } = await resetCard(
				this.database,
				card,
				this.clock.now(),
				this.model.clockShiftMinutes
			);
			return { before, after: undefined, reviewId };
		});

	dismissLeech() {
		this.leech = undefined;
	}

	/** Re-checks the queue: a waiting learning card may be due, or a new study day may have begun. */
	refresh() {
		if (this.status === 'loading' || this.status === 'load-failed') return;
		if (isNewStudyDay(this.model, this.clock.now())) {
			if (this.status !== 'answered') void this.start();
			return;
		}
		if (this.status === 'waiting' || this.status === 'done') this.showNext();
	}

	destroy() {
		clearTimeout(this.waitTimer);
		this.settingsSubscription?.unsubscribe();
	}

	private apply(event: ReviewEvent) {
		this.model = reviewReducer(this.model, event);
		if (event.kind === 'loaded' || event.kind === 'settings-changed') {
			const settings = event.settings;
			this.scheduler = schedulerCode().then(({ Scheduler }) => new Scheduler(settings));
			// Not awaited here: a failed fetch is the first answer's to report (it awaits the same promise).
			void this.scheduler.catch(() => undefined);
			void answerCode().catch(() => undefined);
		}
	}

	private async cardAction(
		notice: 'suspended' | 'buried' | 'reset',
		action: (
			card: CardState
		) => Promise<{ before: CardState | undefined; after: CardState | undefined; reviewId?: number }>
	) {
		const current = this.current;
		if (!current || this.busy) return;
		this.busy = true;
		try {
			await this.writes;
			// A rating that failed meanwhile may have reloaded the session: act only on the card still shown.
			if (this.current !== current) return;
			const { before, after, reviewId } = await action(current.stored ?? current.card);
			const question = current.question;
			this.apply({ kind: 'card-changed', questionId: question.id, reviewId, before, after });
			this.notice = notice;
			if (notice === 'reset') {
				this.show(
					shownAgain({ questionId: question.id, deckId: question.deckId }, undefined, this.clock.now()),
					question
				);
				this.refreshCounts();
			} else this.showNext();
		} catch (error) {
			await this.recover(error);
		} finally {
			this.busy = false;
		}
	}

	private refreshCounts() {
		const { waiting: _, ...counts } = sessionCounts(this.model, this.clock.now());
		this.counts = counts;
	}

	private showNext() {
		clearTimeout(this.waitTimer);
		const now = this.clock.now();
		const step = nextStep(this.model, now);
		if (step.kind === 'new-day') {
			// Past the day boundary: today's limits start over.
			void this.start();
			return;
		}
		const { waiting, ...counts } = sessionCounts(this.model, now);
		this.counts = counts;
		this.waitingCount = waiting;
		switch (step.kind) {
			case 'card':
				this.show(step, this.questionsById.get(step.questionId)!);
				return;
			case 'waiting':
			case 'done':
				this.current = undefined;
				this.response = undefined;
				this.outcomes = undefined;
				this.status = step.kind;
				if (step.kind === 'done') {
					this.nextDueAtMs = step.nextDueAtMs;
					void this.loadOffer();
					return;
				}
				// A waiting learning card is shown once it is within the learn-ahead window.
				this.nextDueAtMs = step.showAtMs;
				this.waitTimer = setTimeout(() => this.refresh(), Math.max(1000, step.showAtMs - now));
				return;
			default: {
				const unreachable: never = step;
				return unreachable;
			}
		}
	}

	private show({ item, stored, card }: ShownCard, question: Question) {
		const now = this.clock.now();
		const seed = seedFrom(question.id, String(card.reps), String(now));
		const wordCard = this.wordCards.get(question.id);
		this.current = { item, question, stored, card, shownAtMs: now, seed, wordCard };
		this.response = emptyResponse(question, seed);
		this.grade = undefined;
		this.outcomes = undefined;
		this.suggested = undefined;
		this.status = 'asking';
	}

	/** After a failed write nothing was saved: reload what is stored and carry on from there. */
	private async recover(error: unknown) {
		reportError('Saving the review', error);
		const notice: ReviewNotice =
			error instanceof StaleCardError
				? 'stale'
				: error instanceof SchedulerError
					? 'schedule-failed'
					: 'storage-failed';
		this.notice = notice;
		if (error instanceof StaleCardError) {
			// The undo stack is part of the model and survives the reload (not waiting for the writes: this may be
			// one of them).
			await this.load();
			this.notice = notice;
		}
	}
}
