import { recordReview, resetCard, undoReview, updateCardFlags, type StudyState } from '$lib/data/cards';
import type { StudyDatabase } from '$lib/data/database';
import { StaleCardError } from '$lib/data/errors';
import { requestPersistentStorage } from '$lib/data/persistence';
import { loadQueue, localUtcOffsetMinutes } from '$lib/data/queue';
import { loadReviewSettings } from '$lib/data/settings';
import { liveQuery, type Subscription } from 'dexie';
import { gradeResponse, loadChineseConverter, type Grade } from '$lib/domain/grading';
import type { Question } from '$lib/domain/question';
import type { ReviewNotice } from '$lib/domain/review/notices';
import { seedFrom } from '$lib/domain/random';
import { emptyResponse, isComplete, type Response } from '$lib/domain/response';
import { newCard, type CardState, type Rating } from '$lib/domain/scheduling/card';
import { dayMs, startOfStudyDayMs, studyDayNumber } from '$lib/domain/scheduling/clock';
import {
	buildQueue,
	learnAheadMs,
	nextInQueue,
	queueCounts,
	type QueueCounts,
	type QueueItem
} from '$lib/domain/scheduling/queue';
import { Scheduler, SchedulerError, type ReviewOutcome } from '$lib/domain/scheduling/scheduler';
import type { ReviewSettings } from '$lib/domain/scheduling/settings';

/** Answer times above this are treated as the learner having walked away. */
const maximumDurationMs = 120_000;

export type SessionStatus = 'loading' | 'load-failed' | 'asking' | 'answered' | 'waiting' | 'done';

/** The card on screen: its question, the card as stored (undefined if never studied) and as scheduled. */
export type CurrentCard = {
	item: QueueItem;
	question: Question;
	stored: CardState | undefined;
	card: CardState;
	shownAtMs: number;
	seed: string;
};

/** What Z takes back: a rating, or a card action (suspend, bury, reset). Undone last-in, first-out. */
type UndoEntry =
	| { kind: 'rating'; reviewId: number; before: CardState | undefined; after: CardState; rating: Rating }
	| {
			kind: 'action';
			reviewId: number | undefined;
			before: CardState | undefined;
			after: CardState | undefined;
			question: Question;
	  };

/** Time, injected so tests and the benchmark control it. */
export type SessionClock = { now(): number };

/** Drives one review session: the queue, the card on screen, grading, rating, undo and card actions. */
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
	counts = $state<QueueCounts>({ new: 0, learning: 0, review: 0 });
	reviewed = $state(0);
	remembered = $state(0);
	canUndo = $state(false);
	/** When the next card is due after the session (or the waiting learning card). */
	nextDueAtMs = $state<number | undefined>();
	busy = $state(false);
	readonly startedAtMs: number;

	// Plain maps on purpose: bookkeeping the template never reads; the rune fields above are what it shows.
	private state: StudyState = {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		cards: new Map(),
		newIntroducedToday: 0,
		reviewsDoneToday: 0,
		assignedQuestionIds: []
	};
	private settings: ReviewSettings | undefined;
	private scheduler: Scheduler | undefined;
	private shift = 0;
	private readonly undoStack: UndoEntry[] = [];
	private readonly questionsById: Map<string, Question>;
	private waitTimer: ReturnType<typeof setTimeout> | undefined;
	/** The study day the loaded counts belong to; a new day reloads them. */
	private studyDay = 0;
	private settingsSubscription: Subscription | undefined;
	/** Learning cards due later today, shown when they come within the learn-ahead window. */
	private waitingCount = 0;

	constructor(
		private readonly database: StudyDatabase,
		private readonly questions: Question[],
		private readonly clock: SessionClock = { now: () => Date.now() }
	) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- fixed for the session's life
		this.questionsById = new Map(questions.map((question) => [question.id, question]));
		this.startedAtMs = clock.now();
	}

	/** Reads the learner's cards and settings and shows the first card. */
	async start(): Promise<void> {
		this.status = 'loading';
		try {
			const now = this.clock.now();
			const loaded = await loadQueue(
				this.database,
				this.questions.map((question) => ({ questionId: question.id, deckId: question.deckId })),
				now,
				localUtcOffsetMinutes(now)
			);
			this.settings = loaded.settings;
			this.scheduler = new Scheduler(loaded.settings);
			this.shift = loaded.clockShiftMinutes;
			this.state = loaded.state;
			this.studyDay = studyDayNumber(now, this.shift);
			this.watchSettings();
			this.showNext();
		} catch {
			this.status = 'load-failed';
		}
	}

	/** Settings changed on the settings page (in any tab) apply from the next card. */
	private watchSettings() {
		this.settingsSubscription ??= liveQuery(() => loadReviewSettings(this.database)).subscribe({
			next: (settings) => {
				if (!this.settings || JSON.stringify(settings) === JSON.stringify(this.settings)) return;
				if (settings.dayStartHour !== this.settings.dayStartHour) {
					// A new day boundary changes today's counts: reload them.
					void this.start();
					return;
				}
				this.settings = settings;
				this.scheduler = new Scheduler(settings);
				if (this.status === 'asking' || this.status === 'answered') this.refreshCounts();
				else this.showNext();
			}
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
		if (this.status !== 'asking' || this.busy || !current || !this.response || !this.scheduler) return;
		const response: Response =
			this.response.kind === 'flashcard' ? { kind: 'flashcard', revealed: true } : this.response;
		if (!isComplete(current.question, response)) return;
		this.response = response;
		this.busy = true;
		try {
			this.grade = await gradeResponse(current.question, response);
		} catch {
			// Only a cloze needs the converter download; offline before it was cached, the learner grades themselves.
			this.grade = { kind: 'self-graded' };
		} finally {
			this.busy = false;
		}
		const now = this.clock.now();
		try {
			// Computed once here and committed as is: the interval on each button is exactly the one saved.
			this.outcomes = this.scheduler.preview(current.card, {
				nowMs: now,
				clockShiftMinutes: this.shift,
				durationMs: Math.min(maximumDurationMs, now - current.shownAtMs),
				origin: 'review'
			});
		} catch (error) {
			// A card whose stored state FSRS cannot use: said as such, and the learner can reset it.
			if (!(error instanceof SchedulerError)) throw error;
			this.notice = 'schedule-failed';
			return;
		}
		this.suggested = suggestedRating(this.grade);
		this.status = 'answered';
	}

	/** Saves the rating (card and log in one transaction) and moves on. */
	async rate(rating: Rating): Promise<void> {
		const current = this.current;
		const outcome = this.outcomes?.[rating];
		if (this.status !== 'answered' || !current || !outcome || this.busy) return;
		this.busy = true;
		this.notice = undefined;
		try {
			const reviewId = await recordReview(this.database, current.stored, outcome);
			this.undoStack.push({ kind: 'rating', reviewId, before: current.stored, after: outcome.card, rating });
			this.canUndo = true;
			this.applyLocally(current.stored, outcome.card, +1);
			this.reviewed++;
			if (rating !== 'again') this.remembered++;
			// Ask the browser not to evict the database under storage pressure, once there is progress to keep.
			if (this.reviewed === 1) void requestPersistentStorage();
			this.leech = outcome.card.leech && !current.card.leech ? current.question : this.leech;
			this.showNext();
		} catch (error) {
			await this.recover(error);
		} finally {
			this.busy = false;
		}
	}

	/** Takes back the last rating or card action and shows that card again. */
	async undo(): Promise<void> {
		if (this.busy) return;
		const entry = this.undoStack.pop();
		if (!entry) {
			this.notice = 'nothing-to-undo';
			return;
		}
		this.busy = true;
		try {
			const question =
				entry.kind === 'rating' ? this.questionsById.get(entry.after.questionId)! : entry.question;
			await undoReview(this.database, { ...entry, questionId: question.id });
			if (entry.kind === 'rating') {
				this.applyLocally(entry.after, entry.before, -1);
				this.reviewed--;
				if (entry.rating !== 'again') this.remembered--;
				if (this.leech?.id === question.id) this.leech = undefined;
			} else if (entry.before) this.state.cards.set(question.id, entry.before);
			else this.state.cards.delete(question.id);
			const card = entry.before ?? newCard(question.id, question.deckId, this.clock.now());
			const item: QueueItem =
				card.phase === 'new'
					? { kind: 'new', questionId: question.id, deckId: question.deckId }
					: { kind: card.phase === 'review' ? 'review' : 'learning', card };
			this.show(item, question, entry.before, card);
			this.refreshCounts();
			this.notice = 'undone';
		} catch (error) {
			// A card changed elsewhere cannot be undone here; a failed write can be tried again.
			if (!(error instanceof StaleCardError)) this.undoStack.push(entry);
			await this.recover(error);
		} finally {
			this.canUndo = this.undoStack.length > 0;
			this.busy = false;
		}
	}

	/** Suspends the card on screen: it leaves every queue until unsuspended (Z takes it back). */
	suspend = () =>
		this.cardAction('suspended', (card) => updateCardFlags(this.database, card, { suspended: true }));

	/** Leaves the card on screen out until the next study day. */
	bury = () =>
		this.cardAction('buried', (card) => {
			const buriedUntilMs = startOfStudyDayMs(this.clock.now(), this.shift) + dayMs;
			return updateCardFlags(this.database, card, { buriedUntilMs });
		});

	/** Starts the card on screen over as new. */
	reset = () =>
		this.cardAction('reset', async (card) => {
			const { before, reviewId } = await resetCard(this.database, card, this.clock.now(), this.shift);
			return { before, after: undefined, reviewId };
		});

	dismissLeech() {
		this.leech = undefined;
	}

	/** Re-checks the queue: a waiting learning card may be due, or a new study day may have begun. */
	refresh() {
		if (this.status === 'loading' || this.status === 'load-failed') return;
		if (studyDayNumber(this.clock.now(), this.shift) !== this.studyDay) {
			if (this.status !== 'answered') void this.start();
			return;
		}
		if (this.status === 'waiting' || this.status === 'done') this.showNext();
	}

	destroy() {
		clearTimeout(this.waitTimer);
		this.settingsSubscription?.unsubscribe();
	}

	private async cardAction(
		notice: ReviewNotice,
		action: (
			card: CardState
		) => Promise<{ before: CardState | undefined; after: CardState | undefined; reviewId?: number }>
	) {
		const current = this.current;
		if (!current || this.busy) return;
		this.busy = true;
		try {
			const { before, after, reviewId } = await action(current.stored ?? current.card);
			if (after) this.state.cards.set(after.questionId, after);
			else this.state.cards.delete(current.question.id);
			this.undoStack.push({ kind: 'action', reviewId, before, after, question: current.question });
			this.canUndo = true;
			this.notice = notice;
			if (notice === 'reset') {
				const question = current.question;
				this.show(
					{ kind: 'new', questionId: question.id, deckId: question.deckId },
					question,
					undefined,
					newCard(question.id, question.deckId, this.clock.now())
				);
				this.refreshCounts();
			} else this.showNext();
		} catch (error) {
			await this.recover(error);
		} finally {
			this.busy = false;
		}
	}

	private applyLocally(before: CardState | undefined, after: CardState | undefined, direction: 1 | -1) {
		const changed = after ?? before!;
		if (after) this.state.cards.set(after.questionId, after);
		else this.state.cards.delete(changed.questionId);
		const phaseBefore = direction === 1 ? (before?.phase ?? 'new') : (after?.phase ?? 'new');
		if (phaseBefore === 'new') this.state.newIntroducedToday += direction;
		else if (phaseBefore === 'review') this.state.reviewsDoneToday += direction;
	}

	private buildQueue() {
		return buildQueue({
			questions: this.questions.map((question) => ({ questionId: question.id, deckId: question.deckId })),
			cards: this.state.cards,
			nowMs: this.clock.now(),
			settings: this.settings!,
			newIntroducedToday: this.state.newIntroducedToday,
			reviewsDoneToday: this.state.reviewsDoneToday,
			assignedQuestionIds: this.state.assignedQuestionIds
		});
	}

	private refreshCounts() {
		this.counts = queueCounts(this.buildQueue());
	}

	private showNext() {
		clearTimeout(this.waitTimer);
		const now = this.clock.now();
		if (studyDayNumber(now, this.shift) !== this.studyDay) {
			// Past the day boundary: today's limits start over.
			void this.start();
			return;
		}
		const queue = this.buildQueue();
		this.counts = queueCounts(queue);
		this.waitingCount = queue.laterLearning.length;
		const item = nextInQueue(queue, now);
		if (!item) {
			this.current = undefined;
			this.response = undefined;
			this.outcomes = undefined;
			const [waiting] = queue.laterLearning;
			// A waiting learning card is shown once it is within the learn-ahead window.
			const shownAtMs = waiting ? waiting.dueAtMs - learnAheadMs : undefined;
			this.nextDueAtMs = shownAtMs ?? this.earliestDue();
			this.status = waiting ? 'waiting' : 'done';
			if (shownAtMs !== undefined) {
				this.waitTimer = setTimeout(() => this.refresh(), Math.max(1000, shownAtMs - now));
			}
			return;
		}
		const questionId = item.kind === 'new' ? item.questionId : item.card.questionId;
		const question = this.questionsById.get(questionId)!;
		const stored = this.state.cards.get(questionId);
		const card = item.kind === 'new' ? (stored ?? newCard(question.id, question.deckId, now)) : item.card;
		this.show(item, question, stored, card);
	}

	private show(item: QueueItem, question: Question, stored: CardState | undefined, card: CardState) {
		const now = this.clock.now();
		const seed = seedFrom(question.id, String(card.reps), String(now));
		this.current = { item, question, stored, card, shownAtMs: now, seed };
		// Fetch the Chinese converter while the learner types, so checking the answer is instant.
		if (question.kind === 'cloze') loadChineseConverter().catch(() => undefined);
		this.response = emptyResponse(question, seed);
		this.grade = undefined;
		this.outcomes = undefined;
		this.suggested = undefined;
		this.status = 'asking';
	}

	private earliestDue(): number | undefined {
		let earliest: number | undefined;
		for (const question of this.questions) {
			const card = this.state.cards.get(question.id);
			if (!card || card.suspended || card.phase === 'new') continue;
			const due = Math.max(card.dueAtMs, card.buriedUntilMs);
			if (earliest === undefined || due < earliest) earliest = due;
		}
		return earliest;
	}

	/** After a failed write nothing was saved: reload what is stored and carry on from there. */
	private async recover(error: unknown) {
		this.notice =
			error instanceof StaleCardError
				? 'stale'
				: error instanceof SchedulerError
					? 'schedule-failed'
					: 'storage-failed';
		if (error instanceof StaleCardError) {
			const keep = this.notice;
			const undoKept = [...this.undoStack];
			await this.start();
			this.undoStack.splice(0, this.undoStack.length, ...undoKept);
			this.notice = keep;
		}
	}
}

/** Auto-graded answers preselect a rating: wrong → Again, almost → Hard, right → Good. Flashcards: none. */
export function suggestedRating(grade: Grade): Rating | undefined {
	switch (grade.kind) {
		case 'correct':
			return 'good';
		case 'near-miss':
			return 'hard';
		case 'wrong':
			return 'again';
		case 'self-graded':
			return undefined;
		default: {
			const unreachable: never = grade;
			return unreachable;
		}
	}
}
