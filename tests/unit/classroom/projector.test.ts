import { describe, expect, it } from 'vitest';
import {
	countdownLeftSeconds,
	projectorCommandForKey,
	projectorStep,
	slideOf,
	startProjector,
	type ProjectorCommand,
	type ProjectorState
} from '$lib/domain/classroom/projector';
import { plainKeyPress } from '$lib/domain/keys';

const t0 = 1_000_000;
const questions = 3;
const run = (commands: Exclude<ProjectorCommand, 'toggle-fullscreen'>[], start = startProjector(t0)) =>
	commands.reduce<ProjectorState>(
		(state, command, index) => projectorStep(state, command, questions, t0 + (index + 1) * 1000),
		start
	);

describe('projector navigation', () => {
	it('starts on the join slide, then shows each question, then the closing slide', () => {
		expect(slideOf(startProjector(t0), questions)).toEqual({ kind: 'join' });
		expect(slideOf(run(['next']), questions)).toEqual({ kind: 'question', index: 0 });
		expect(slideOf(run(['next', 'next', 'next']), questions)).toEqual({ kind: 'question', index: 2 });
		expect(slideOf(run(['next', 'next', 'next', 'next']), questions)).toEqual({ kind: 'end' });
	});

	it('stops at both ends rather than wrapping', () => {
		const start = startProjector(t0);
		expect(projectorStep(start, 'previous', questions, t0 + 5)).toBe(start);
		const end = run(['last']);
		expect(end.slide).toBe(4);
		expect(projectorStep(end, 'next', questions, t0 + 9000)).toBe(end);
		expect(run(['last', 'first'])).toMatchObject({ slide: 0, stage: 'question' });
	});

	it('reveals the answer, then the source, then moves to the next question', () => {
		const onFirst = run(['next']);
		const answer = projectorStep(onFirst, 'reveal', questions, t0 + 5000);
		expect(answer).toMatchObject({ slide: 1, stage: 'answer', shownAtMs: onFirst.shownAtMs });
		const source = projectorStep(answer, 'reveal', questions, t0 + 6000);
		expect(source).toMatchObject({ slide: 1, stage: 'source' });
		expect(projectorStep(source, 'reveal', questions, t0 + 7000)).toEqual({
			slide: 2,
			stage: 'question',
			shownAtMs: t0 + 7000
		});
	});

	it('starts a question over when the teacher comes back to it', () => {
		const revealed = run(['next', 'reveal', 'reveal', 'next', 'previous']);
		expect(revealed).toMatchObject({ slide: 1, stage: 'question' });
	});

	it('Space on the join slide starts the quiz, and does nothing on the closing slide', () => {
		expect(run(['reveal'])).toMatchObject({ slide: 1, stage: 'question' });
		const end = run(['last']);
		expect(projectorStep(end, 'reveal', questions, t0 + 10)).toBe(end);
	});
});

describe('countdown', () => {
	const onQuestion: ProjectorState = { slide: 1, stage: 'question', shownAtMs: t0 };

	it('counts whole seconds down from when the question appeared, rounding up, and stops at zero', () => {
		expect(countdownLeftSeconds(onQuestion, 30, questions, t0)).toBe(30);
		expect(countdownLeftSeconds(onQuestion, 30, questions, t0 + 1)).toBe(30);
		expect(countdownLeftSeconds(onQuestion, 30, questions, t0 + 1000)).toBe(29);
		expect(countdownLeftSeconds(onQuestion, 30, questions, t0 + 29_001)).toBe(1);
		expect(countdownLeftSeconds(onQuestion, 30, questions, t0 + 30_000)).toBe(0);
		expect(countdownLeftSeconds(onQuestion, 30, questions, t0 + 99_000)).toBe(0);
	});

	it('does not run without a countdown, off question slides, or once the answer is shown', () => {
		expect(countdownLeftSeconds(onQuestion, null, questions, t0)).toBe(null);
		expect(countdownLeftSeconds(startProjector(t0), 30, questions, t0)).toBe(null);
		expect(countdownLeftSeconds({ ...onQuestion, slide: 4 }, 30, questions, t0)).toBe(null);
		expect(countdownLeftSeconds({ ...onQuestion, stage: 'answer' }, 30, questions, t0)).toBe(null);
	});
});

describe('projector keys', () => {
	const press = plainKeyPress;

	it('maps arrows, Page keys, Home, End, Space, Enter and F', () => {
		expect(projectorCommandForKey(press('ArrowRight'))).toBe('next');
		expect(projectorCommandForKey(press('PageDown'))).toBe('next');
		expect(projectorCommandForKey(press('ArrowLeft'))).toBe('previous');
		expect(projectorCommandForKey(press('PageUp'))).toBe('previous');
		expect(projectorCommandForKey(press('Home'))).toBe('first');
		expect(projectorCommandForKey(press('End'))).toBe('last');
		expect(projectorCommandForKey(press(' '))).toBe('reveal');
		expect(projectorCommandForKey(press('Enter'))).toBe('reveal');
		expect(projectorCommandForKey(press('f'))).toBe('toggle-fullscreen');
		expect(projectorCommandForKey(press('F'))).toBe('toggle-fullscreen');
		expect(projectorCommandForKey(press('x'))).toBe(undefined);
	});

	it('leaves keys to text fields and selects, Space and Enter to buttons, and shortcuts with modifiers', () => {
		expect(projectorCommandForKey(press('ArrowRight', { target: 'text-field' }))).toBe(undefined);
		expect(projectorCommandForKey(press(' ', { target: 'control' }))).toBe(undefined);
		expect(projectorCommandForKey(press('Enter', { target: 'control' }))).toBe(undefined);
		expect(projectorCommandForKey(press('ArrowRight', { target: 'control' }))).toBe('next');
		expect(projectorCommandForKey(press('f', { command: true }))).toBe(undefined);
		expect(projectorCommandForKey(press('ArrowLeft', { alt: true }))).toBe(undefined);
		expect(projectorCommandForKey(press(' ', { composing: true }))).toBe(undefined);
	});
});
