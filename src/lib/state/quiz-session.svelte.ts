import type { StudyDatabase } from '$lib/data/database';
import type { StoredQuizAttempt } from '$lib/data/quiz-attempts';
import type { Grade } from '$lib/domain/grading';
import {
	isAnswerCorrect,
	newQuizAttempt,
	nextUnanswered,
	type QuizAnswer,
	type QuizAttempt,
	type QuizEnding,
	type QuizOrigin
} from '$lib/domain/quiz/attempt';
import type { QuizNotice } from '$lib/domain/quiz/notices';
import type { QuizItem, QuizSpec } from '$lib/domain/quiz/spec';
import { quizDeadlineMs } from '$lib/domain/quiz/time-limit';
import { emptyResponse, isComplete, type Response } from '$lib/domain/response';
import { gradeAnswer } from '$lib/platform/chinese-converter';
import { systemClock, type Clock } from '$lib/platform/clock';
import { reportError } from '$lib/platform/report';
import { noQuizMemory, type QuizMemory } from './quiz-memory';
import type { QuizStore } from './quiz-store';

/**
 * loading → asking → (flashcards: assessing →) saved. Practice mode then shows feedback; test mode moves on.
 * ending while the attempt is being marked finished (and if that write fails, until it is retried); finished
 * once every question is answered, the time runs out or the learner stops. A quiz opened without a chosen attempt
 * starts at asking, its first question on screen while the database arrives (see QuizSession.start).
 */
export type QuizStatus =
	'loading' | 'load-failed' | 'asking' | 'assessing' | 'feedback' | 'ending' | 'finished';

export type QuizSessionOptions = {
	spec: QuizSpec;
	token: string;
	items: QuizItem[];
	origin: QuizOrigin;
	/** Show this stored attempt (if it belongs to the same quiz) instead of the quiz's latest one. */
	attemptId?: number;
	clock?: Clock;
	/** Which links have a stored attempt: one that has waits for the database instead of painting early. */
	memory?: QuizMemory;
	/** Called after an answer (and its review) has been saved. */
	onanswer?: (answer: QuizAnswer, attempt: StoredQuizAttempt) => void;
	/** Called once the attempt has been saved as finished (not when a finished attempt is reopened). */
	onfinish?: (attempt: StoredQuizAttempt) => void;
};

/** Drives one quiz attempt: resuming or starting it, grading, saving each answer (and its review), finishing. */
export class QuizSession {
	status = $state<QuizStatus>('loading');
	attempt = $state.raw<StoredQuizAttempt | undefined>();
	/** The position of the question on screen. */
	index = $state(0);
	response = $state<Response | undefined>();
	/** The grade of the question on screen once submitted. */
	grade = $state.raw<Grade | undefined>();
	/** The verdict of the question on screen once saved (practice feedback). */
	lastAnswer = $state.raw<QuizAnswer | undefined>();
	notice = $state<QuizNotice | undefined>();
	busy = $state(false);
	/**
	 * The new attempt shown before the database has answered: its first question is on screen, and its start
	 * time runs the timer. Cleared once the stored attempt is known.
	 */
	draftAttempt = $state.raw<QuizAttempt | undefined>();
	/** When the question on screen appeared. */
	shownAtMs = 0;

	readonly spec: QuizSpec;
	readonly token: string;
	readonly items: QuizItem[];
	readonly origin: QuizOrigin;
	private readonly clock: Clock;
	private readonly memory: QuizMemory;
	private readonly attemptId: number | undefined;
	private readonly callbacks: Pick<QuizSessionOptions, 'onanswer' | 'onfinish'>;
	private ending: QuizEnding = 'completed';
	private endRequested: QuizEnding | undefined;
	private store: Promise<QuizStore> | undefined;
	private opening: Promise<boolean> | undefined;

	/** openDatabase: called when the attempt is first read (after the quiz paints), again after a failure. */
	constructor(
		private readonly openDatabase: () => Promise<StudyDatabase>,
		options: QuizSessionOptions
	) {
		this.spec = options.spec;
		this.token = options.token;
		this.items = options.items;
		this.origin = options.origin;
		this.attemptId = options.attemptId;
		this.clock = options.clock ?? systemClock;
		this.memory = options.memory ?? noQuizMemory;
		this.callbacks = { onanswer: options.onanswer, onfinish: options.onfinish };
	}

	/** The question on screen. */
	get current(): QuizItem | undefined {
		return this.status === 'finished' ? undefined : this.items[this.index];
	}

	/** When a timed attempt runs out; null without a limit or before it has started. */
	get deadlineMs(): number | null {
		const startedAtMs = (this.attempt ?? this.draftAttempt)?.startedAtMs;
		return startedAtMs === undefined ? null : quizDeadlineMs(startedAtMs, this.spec.timeLimitSeconds);
	}

	get canSubmit(): boolean {
		const current = this.current;
		if (this.status !== 'asking' || !current || !this.response) return false;
		// A flashcard is "answered" by turning it over.
		return current.question.kind === 'flashcard' || isComplete(current.question, this.response);
	}

	/**
	 * Resumes the quiz's attempt in progress, shows its latest results, or starts it. Without a chosen attempt, and
	 * for a link this device has not stored an attempt of, the first question is shown at once, as a new attempt
	 * would start, and stays if the stored attempt is new; an answer given meanwhile is saved once the database is
	 * there. If the database cannot be read, a chosen
	 * attempt shows load-failed, a first question the notice open-failed (the answer stays on screen).
	 */
	async start(): Promise<void> {
		this.notice = undefined;
		const early =
			this.attemptId === undefined &&
			!this.attempt &&
			this.items.length > 0 &&
			(this.draftAttempt !== undefined || !this.memory.has(this.token));
		if (early && !this.draftAttempt) {
			this.draftAttempt = this.draft();
			this.show(0);
		} else if (!early) this.status = 'loading';
		if (await this.open()) return;
		if (this.draftAttempt) this.notice = 'open-failed';
		else this.status = 'load-failed';
	}

	/** Starts the same quiz over (from its results). */
	async restart(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.notice = undefined;
		try {
			const store = await this.storeOf();
			await this.enter(await store.restart(this.draft()));
		} catch (error) {
			reportError('Starting the quiz over', error);
			this.notice = 'save-failed';
		} finally {
			this.busy = false;
		}
	}

	/** Grades the response (a flashcard is turned over instead) and saves it. */
	async submit(): Promise<void> {
		const current = this.current;
		if (!this.canSubmit || this.busy || !current || !this.response) return;
		if (current.question.kind === 'flashcard') {
			this.response = { kind: 'flashcard', revealed: true };
			this.grade = { kind: 'self-graded' };
			this.status = 'assessing';
			return;
		}
		// A plain copy: IndexedDB cannot store the rune proxy.
		const response = $state.snapshot(this.response) as Response;
		this.busy = true;
		const grade = await gradeAnswer(current.question, response);
		this.grade = grade;
		// save() keeps busy set until the answer is stored, so a second Enter cannot submit twice.
		await this.save(response, grade, isAnswerCorrect(grade));
	}

	/** The learner's own verdict on a flashcard they turned over. */
	async assess(knewIt: boolean): Promise<void> {
		if (this.status !== 'assessing' || this.busy) return;
		await this.save({ kind: 'flashcard', revealed: true }, { kind: 'self-graded' }, knewIt);
	}

	/** After practice feedback: the next question, or the results after the last one. */
	async next(): Promise<void> {
		if (this.status !== 'feedback' || this.busy || !this.attempt) return;
		await this.advance(this.attempt);
	}

	/** Ends the attempt now (stopped early, or out of time); questions not answered count as wrong. */
	async finish(endedBy: QuizEnding): Promise<void> {
		if (this.status === 'loading' || this.status === 'load-failed') return;
		// Before the database has answered, the attempt is stored first (or found, maybe finished already).
		if (!this.attempt && !(await this.open())) return;
		if (!this.attempt || this.status === 'finished') return;
		// An answer being saved is let through first; the attempt ends right after it.
		if (this.busy) this.endRequested = endedBy;
		else await this.end(endedBy);
	}

	/** Tries again to mark the attempt finished after the browser refused to. */
	async retryFinish(): Promise<void> {
		if (this.status === 'ending' && !this.busy) await this.end(this.ending);
	}

	private draft() {
		return newQuizAttempt(
			{ token: this.token, spec: this.spec, origin: this.origin },
			this.items.map((item) => item.question),
			this.clock.now()
		);
	}

	/** The store, with the database and its code loaded on first use; a failed load is tried again next time. */
	private storeOf(): Promise<QuizStore> {
		const store = (this.store ??= Promise.all([this.openDatabase(), import('./quiz-store')]).then(
			([database, { QuizStore }]) => new QuizStore(database)
		));
		store.catch(() => {
			if (this.store === store) this.store = undefined;
		});
		return store;
	}

	/** Reads the attempt to show and shows it; false (reported) if the database could not be read. */
	private open(): Promise<boolean> {
		this.opening ??= (async () => {
			try {
				const store = await this.storeOf();
				await this.enter(await store.open(this.draftAttempt ?? this.draft(), this.attemptId));
				return true;
			} catch (error) {
				reportError('Opening the quiz attempt', error);
				this.opening = undefined;
				return false;
			}
		})();
		return this.opening;
	}

	/** Shows an attempt where it stands: its results, or its first unanswered question. */
	private async enter(attempt: StoredQuizAttempt) {
		// The question painted before the database answered, if it is still on screen (answered or not).
		const early =
			this.draftAttempt && (this.status === 'asking' || this.status === 'assessing') ? this.index : undefined;
		this.attempt = attempt;
		this.draftAttempt = undefined;
		this.notice = undefined;
		this.memory.remember(this.token);
		if (attempt.finishedAtMs > 0) {
			this.status = 'finished';
			return;
		}
		const deadline = this.deadlineMs;
		if (deadline !== null && this.clock.now() >= deadline) {
			await this.end('time-up');
			return;
		}
		const index = nextUnanswered(attempt);
		// A new attempt: the question on screen is its first, kept with what the learner has typed.
		if (index === early) return;
		// An attempt under way (from an earlier visit) replaces the first question painted.
		if (early !== undefined && index < this.items.length) this.notice = 'resumed';
		await this.advance(attempt);
	}

	private async advance(attempt: StoredQuizAttempt) {
		const index = nextUnanswered(attempt);
		if (index >= this.items.length) await this.end('completed');
		else this.show(index);
	}

	private async end(endedBy: QuizEnding) {
		const attempt = this.attempt;
		if (!attempt) return;
		this.ending = endedBy;
		this.status = 'ending';
		this.busy = true;
		try {
			// A quiz that ran out of time ended at its deadline, even if it is only closed now (a day later, say).
			const deadline = this.deadlineMs;
			const endedAtMs =
				endedBy === 'time-up' && deadline !== null ? Math.min(this.clock.now(), deadline) : this.clock.now();
			const store = await this.storeOf();
			const finished = await store.finish(attempt.id, endedAtMs, endedBy);
			this.attempt = finished;
			this.notice = undefined;
			this.status = 'finished';
			notify(() => this.callbacks.onfinish?.(finished));
		} catch (error) {
			await this.recover(error, 'finish-failed');
		} finally {
			this.busy = false;
		}
	}

	private show(index: number) {
		const item = this.items[index]!;
		this.index = index;
		this.response = emptyResponse(item.question, item.seed);
		this.grade = undefined;
		this.lastAnswer = undefined;
		this.shownAtMs = this.clock.now();
		this.status = 'asking';
	}

	private async save(response: Response, grade: Grade, correct: boolean) {
		const item = this.current;
		if (!item) {
			this.busy = false;
			return;
		}
		this.busy = true;
		// The answer's time is when it was given, even if the database arrives after.
		const now = this.clock.now();
		try {
			if (!this.attempt && !(await this.open())) {
				// The database could not be read: nothing is saved and the answer stays on screen to submit again.
				this.notice = 'open-failed';
				if (this.status === 'asking') this.grade = undefined;
				return;
			}
			const attempt = this.attempt;
			// The stored attempt was under way or finished: it shows where it stands, and its own answer to the
			// question painted first stands.
			if (!attempt || this.current !== item) return;
			const deadline = this.deadlineMs;
			if (deadline !== null && now >= deadline) {
				// Past the time limit (the timer may have been asleep in a background tab): the answer does not count.
				this.busy = false;
				await this.end('time-up');
				return;
			}
			const answer: Omit<QuizAnswer, 'reviewId'> = {
				questionId: item.question.id,
				deckId: item.question.deckId,
				response,
				grade,
				correct,
				answeredAtMs: now,
				durationMs: Math.max(0, now - this.shownAtMs)
			};
			const store = await this.storeOf();
			const { attempt: saved, notReviewed } = await store.saveAnswer(attempt.id, answer);
			this.attempt = saved;
			this.notice = notReviewed ? 'not-reviewed' : undefined;
			this.lastAnswer = saved.answers.at(-1);
			const savedAnswer = this.lastAnswer;
			if (savedAnswer) notify(() => this.callbacks.onanswer?.(savedAnswer, saved));
			if (this.spec.mode === 'practice') this.status = 'feedback';
			else await this.advance(saved);
		} catch (error) {
			await this.recover(error, 'save-failed');
		} finally {
			this.busy = false;
		}
		const requested = this.endRequested;
		this.endRequested = undefined;
		if (requested && this.attempt && this.status !== 'finished') await this.end(requested);
	}

	/** After a refused write nothing new was saved: keep the answer on screen, or reload a changed attempt. */
	private async recover(error: unknown, notice: 'save-failed' | 'finish-failed') {
		reportError(notice === 'save-failed' ? 'Saving the answer' : 'Finishing the quiz', error);
		const store = await this.store?.catch(() => undefined);
		if (store?.changedElsewhere(error) && this.attempt) {
			const reloaded = await store.reload(this.attempt.id).catch((reloadError: unknown) => {
				reportError('Reloading the quiz attempt', reloadError);
				return undefined;
			});
			if (reloaded) {
				await this.enter(reloaded);
				this.notice = 'changed-elsewhere';
				return;
			}
		}
		this.notice = notice;
		// The answer stays on screen, editable, to be submitted again (a flashcard keeps its verdict buttons).
		if (this.status === 'asking') this.grade = undefined;
	}
}

/** Runs a host's callback; its failure is the host's and must not undo a save that succeeded. */
function notify(callback: () => void) {
	try {
		callback();
	} catch (error) {
		reportError("The page's own handler after a saved answer", error);
	}
}
