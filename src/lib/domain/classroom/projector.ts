/*
 * The projector's navigation as a pure state machine: a join slide (link and QR code), one slide per question,
 * and a closing slide. Each question goes question → answer → source; moving to another slide starts it over.
 */
import { hasModifier, type KeyPress } from '../keys';

/** What a slide shows. */
export type ProjectorSlide = { kind: 'join' } | { kind: 'question'; index: number } | { kind: 'end' };

/** How far a question slide has been revealed. */
export type QuestionStage = 'question' | 'answer' | 'source';

/** Where the projector is; shownAtMs is when the slide appeared, which the countdown counts from. */
export type ProjectorState = { slide: number; stage: QuestionStage; shownAtMs: number };

/** What the teacher asked for, by key or button. */
export type ProjectorCommand = 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'toggle-fullscreen';

/** The state at the join slide. */
export const startProjector = (nowMs: number): ProjectorState => ({
	slide: 0,
	stage: 'question',
	shownAtMs: nowMs
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
		return clamped === state.slide ? state : { slide: clamped, stage: 'question', shownAtMs: nowMs };
	};
	switch (command) {
		case 'next':
			return goTo(state.slide + 1);
		case 'previous':
			return goTo(state.slide - 1);
		case 'first':
			return goTo(0);
		case 'last':
			return goTo(lastSlide);
		case 'reveal': {
			const slide = slideOf(state, questionCount);
			// Space walks the whole lesson: it starts from the join slide and, once the source is shown, moves on.
			if (slide.kind !== 'question') return slide.kind === 'join' ? goTo(1) : state;
			const stage = nextStage[state.stage];
			return stage ? { ...state, stage } : goTo(state.slide + 1);
		}
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
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case ' ':
		case 'Enter':
			// On a focused button or link these keys press it, as everywhere else.
			return press.target === 'control' ? undefined : 'reveal';
		case 'f':
		case 'F':
			return 'toggle-fullscreen';
		default:
			return undefined;
	}
}
