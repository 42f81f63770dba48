// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { quizKeyAction } from '$lib/components/quiz/quiz-keys';
import { plainKeyPress } from '$lib/domain/keys';
import { keyTargetOf } from '$lib/platform/keys';
import type { QuizStatus } from '$lib/state/quiz-session.svelte';

function press(
	key: string,
	status: QuizStatus,
	options: { type?: 'keydown' | 'keyup'; target?: HTMLElement; spaceHeld?: boolean; prevented?: boolean } = {}
) {
	const keyPress = plainKeyPress(key, {
		type: options.type ?? 'keydown',
		target: keyTargetOf(options.target ?? document.createElement('div')),
		handled: options.prevented ?? false
	});
	return quizKeyAction(keyPress, { status, spaceHeld: options.spaceHeld ?? false });
}

const element = (tag: string, type?: string) => {
	const node = document.createElement(tag);
	if (type) node.setAttribute('type', type);
	return node;
};

describe('quizKeyAction', () => {
	it('submits with Enter, unless a control already acted on it or it belongs to a text box or button', () => {
		expect(press('Enter', 'asking')).toEqual({ kind: 'submit' });
		expect(press('Enter', 'asking', { target: element('li') })).toEqual({ kind: 'submit' });
		expect(press('Enter', 'asking', { prevented: true })).toBeUndefined();
		expect(press('Enter', 'asking', { target: element('input', 'text') })).toBeUndefined();
		expect(press('Enter', 'asking', { target: element('select') })).toBeUndefined();
		expect(press('Enter', 'asking', { target: element('button') })).toBeUndefined();
		expect(press(' ', 'asking')).toBeUndefined();
	});

	it('goes on after feedback with Enter at once, and with Space only when it is released', () => {
		expect(press('Enter', 'feedback')).toEqual({ kind: 'next' });
		expect(press(' ', 'feedback')).toEqual({ kind: 'hold' });
		expect(press(' ', 'feedback', { type: 'keyup', spaceHeld: true })).toEqual({ kind: 'next' });
		// A Space released that was not pressed on the feedback (e.g. it activated a button) does nothing.
		expect(press(' ', 'feedback', { type: 'keyup', spaceHeld: false })).toBeUndefined();
		const link = element('a');
		link.setAttribute('href', '/article/');
		expect(press('Enter', 'feedback', { target: link })).toBeUndefined();
	});

	it('takes 1 and 2 as the learner’s verdict on a turned flashcard', () => {
		expect(press('1', 'assessing')).toEqual({ kind: 'assess', knewIt: false });
		expect(press('2', 'assessing')).toEqual({ kind: 'assess', knewIt: true });
		expect(press('2', 'asking')).toBeUndefined();
	});

	it('leaves every key alone while loading, ending or showing results', () => {
		for (const status of ['loading', 'ending', 'finished'] as const)
			expect(press('Enter', status)).toBeUndefined();
	});
});

describe('quizKeyAction on a turned flashcard', () => {
	it('answers with 1 and 2 even while one of its buttons has focus (regression)', () => {
		expect(press('1', 'assessing', { target: element('button') })).toEqual({ kind: 'assess', knewIt: false });
		expect(press('2', 'assessing', { target: element('button') })).toEqual({ kind: 'assess', knewIt: true });
		expect(press('Enter', 'assessing', { target: element('button') })).toBeUndefined();
	});
});
