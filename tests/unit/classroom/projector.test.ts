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
	it('starts on the join slide; one next walks each question through its answer and source, then the closing slide', () => {
		expect(slideOf(startProjector(t0), questions)).toEqual({ kind: 'join' });
		expect(slideOf(run(['next']), questions)).toEqual({ kind: 'question', index: 0 });
		expect(run(['next', 'next'])).toMatchObject({ slide: 1, stage: 'answer' });
		expect(run(['next', 'next', 'next'])).toMatchObject({ slide: 1, stage: 'source' });
		expect(run(['next', 'next', 'next', 'next'])).toMatchObject({ slide: 2, stage: 'question' });
		const walked = run(Array.from({ length: 1 + 3 * questions }, () => 'next' as const));
		expect(slideOf(walked, questions)).toEqual({ kind: 'end' });
	});

	it('keeps the time a question appeared while revealing it, and starts the clock anew on the next one', () => {
		const onFirst = run(['next']);
		const answer = projectorStep(onFirst, 'next', questions, t0 + 5000);
		expect(answer).toMatchObject({ slide: 1, stage: 'answer', shownAtMs: onFirst.shownAtMs });
		const source = projectorStep(answer, 'next', questions, t0 + 6000);
		expect(projectorStep(source, 'next', questions, t0 + 7000)).toEqual({
			slide: 2,
			stage: 'question',
			shownAtMs: t0 + 7000,
			blank: false
		});
	});

	it('walks back through the source and answer, then to the previous question from its start', () => {
		const onSecondSource = run(['next', 'next', 'next', 'next', 'next', 'next']);
		expect(onSecondSource).toMatchObject({ slide: 2, stage: 'source' });
		expect(run(['previous'], onSecondSource)).toMatchObject({ slide: 2, stage: 'answer' });
		expect(run(['previous', 'previous'], onSecondSource)).toMatchObject({ slide: 2, stage: 'question' });
		expect(run(['previous', 'previous', 'previous'], onSecondSource)).toMatchObject({
			slide: 1,
			stage: 'question'
		});
	});

	it('stops at both ends rather than wrapping', () => {
		const start = startProjector(t0);
		expect(projectorStep(start, 'previous', questions, t0 + 5)).toBe(start);
		const end = run(['last']);
		expect(end.slide).toBe(4);
		expect(projectorStep(end, 'next', questions, t0 + 9000)).toBe(end);
		expect(run(['last', 'first'])).toMatchObject({ slide: 0, stage: 'question' });
	});

	it('blanks the screen with B; the next key that moves only brings it back, so no slide is skipped unseen', () => {
		const onFirst = run(['next']);
		const blank = run(['toggle-blank'], onFirst);
		expect(blank).toMatchObject({ slide: 1, stage: 'question', blank: true });
		expect(run(['next'], blank)).toEqual({ ...onFirst, blank: false });
		expect(run(['previous'], blank)).toEqual({ ...onFirst, blank: false });
		expect(run(['toggle-blank'], blank)).toEqual({ ...onFirst, blank: false });
		expect(run(['next', 'next'], blank)).toMatchObject({ slide: 1, stage: 'answer', blank: false });
	});
});

describe('countdown', () => {
	const onQuestion: ProjectorState = { slide: 1, stage: 'question', shownAtMs: t0, blank: false };

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

	it('maps arrows, Page keys (a clicker), Home, End, Space, Enter, B and F', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
			expect(projectorCommandForKey(press(key)), key).toBe('next');
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
			expect(projectorCommandForKey(press(key)), key).toBe('previous');
		for (const key of ['b', 'B', '.']) expect(projectorCommandForKey(press(key)), key).toBe('toggle-blank');
		expect(projectorCommandForKey(press('Home'))).toBe('first');
		expect(projectorCommandForKey(press('End'))).toBe('last');
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
