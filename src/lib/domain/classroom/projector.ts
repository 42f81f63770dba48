/*
 * The projector's navigation as a pure state machine: a join slide (link and QR code), one slide per question,
 * and a closing slide. One "next" walks the whole lesson (each question goes question → answer → source, then the
 * next slide), one "back" walks it backwards; moving to another slide starts it over. B blanks the screen, and
 * the next key that moves only brings it back, so a clicker never skips a slide the class did not see.
 */
import { hasModifier, type KeyPress } from '../keys';

/** What a slide shows. */
export type ProjectorSlide = { kind: 'join' } | { kind: 'question'; index: number } | { kind: 'end' };

/** How far a question slide has been revealed. */
export type QuestionStage = 'question' | 'answer' | 'source';

/** Where the projector is; shownAtMs is when the slide appeared, which the countdown counts from. */
export type ProjectorState = { slide: number; stage: QuestionStage; shownAtMs: number; blank: boolean };

/** What the teacher asked for, by key or button. */
export type ProjectorCommand = 'next' | 'previous' | 'first' | 'last' | 'toggle-blank' | 'toggle-fullscreen';

/** The state at the join slide. */
export const startProjector = (nowMs: number): ProjectorState => ({
	slide: 0,
	stage: 'question',
	shownAtMs: nowMs,
	blank: false
});

/** The number of slides for a quiz of questionCount questions. */
export const slideCount = (questionCount: number) => questionCount + 2;

/** What the current slide shows. */
export function slideOf(state: ProjectorState, questionCount: number): ProjectorSlide {
	if (state.slide <= 0) return { kind: 'join' };
	if (state.slide > questionCount) return { kind: 'end' };
	return { kind: 'question', index: state.slide - 1 };
}

const nextStage: Record<QuestionStage, QuestionStage | null> = {
	question: 'answer',
	answer: 'source',
	source: null
};
const previousStage: Record<QuestionStage, QuestionStage | null> = {
	question: null,
	answer: 'question',
	source: 'answer'
};

/** The state after a command; unchanged (the same object) when the command has nothing to do. */
export function projectorStep(
	state: ProjectorState,
	command: Exclude<ProjectorCommand, 'toggle-fullscreen'>,
	questionCount: number,
	nowMs: number
): ProjectorState {
	const lastSlide = slideCount(questionCount) - 1;
	const goTo = (slide: number): ProjectorState => {
		const clamped = Math.min(lastSlide, Math.max(0, slide));
		return clamped === state.slide
			? state
			: { slide: clamped, stage: 'question', shownAtMs: nowMs, blank: false };
	};
	if (command === 'toggle-blank') return { ...state, blank: !state.blank };
	// A blank screen comes back first, whatever key brings it.
	if (state.blank) return { ...state, blank: false };
	const onQuestion = slideOf(state, questionCount).kind === 'question';
	switch (command) {
		case 'next': {
			const stage = onQuestion ? nextStage[state.stage] : null;
			return stage ? { ...state, stage } : goTo(state.slide + 1);
		}
		case 'previous': {
			const stage = onQuestion ? previousStage[state.stage] : null;
			return stage ? { ...state, stage } : goTo(state.slide - 1);
		}
		case 'first':
			return goTo(0);
		case 'last':
			return goTo(lastSlide);
		default: {
			const unreachable: never = command;
			return unreachable;
		}
	}
}

/**
 * Whole seconds left on a question's countdown, or null when none runs: no countdown chosen, not a question
 * slide, or the answer already revealed. Rounded up, so "0" appears only when time is up.
 */
export function countdownLeftSeconds(
	state: ProjectorState,
	countdownSeconds: number | null,
	questionCount: number,
	nowMs: number
): number | null {
	if (countdownSeconds === null || state.stage !== 'question') return null;
	if (slideOf(state, questionCount).kind !== 'question') return null;
	const leftMs = countdownSeconds * 1000 - Math.max(0, nowMs - state.shownAtMs);
	return Math.max(0, Math.ceil(leftMs / 1000));
}

/**
 * The command a key means on the projector, or undefined to leave the key to the browser: a text field or select
 * keeps its keys, a button or link its Space and Enter.
 */
export function projectorCommandForKey(press: KeyPress): ProjectorCommand | undefined {
	if (press.handled || hasModifier(press) || press.composing) return undefined;
	if (press.target === 'text-field') return undefined;
	switch (press.key) {
		// A presentation clicker sends PageDown and PageUp (some send the arrows).
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case ' ':
		case 'Enter':
			// On a focused button or link these keys press it, as everywhere else.
			return press.target === 'control' ? undefined : 'next';
		// B (and '.', as in presentation programs and the blank-screen button of many clickers).
		case 'b':
		case 'B':
		case '.':
			return 'toggle-blank';
		case 'f':
		case 'F':
			return 'toggle-fullscreen';
		default:
			return undefined;
	}
}
