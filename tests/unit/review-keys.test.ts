// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
	reviewKeyAction,
	type ReviewKeyContext
} from '../../src/routes/[[lang=lang]]/review/[scope]/review-keys';
import { keyPressOf } from '$lib/platform/keys';

const asking: ReviewKeyContext = {
	status: 'asking',
	helpOpen: false,
	suggested: undefined,
	msSinceAnswered: 0
};
const answered: ReviewKeyContext = {
	status: 'answered',
	helpOpen: false,
	suggested: 'again',
	msSinceAnswered: 1000
};

function press(key: string, on: string, options: KeyboardEventInit = {}) {
	document.body.innerHTML = on;
	const target = (document.body.querySelector('[data-target]') ?? document.body) as HTMLElement;
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options });
	Object.defineProperty(event, 'target', { value: target });
	return keyPressOf(event);
}

describe('reviewKeyAction', () => {
	it('submits with Space or Enter while asking, unless a control owns the key', () => {
		expect(reviewKeyAction(press(' ', ''), asking)).toEqual({ kind: 'submit' });
		expect(reviewKeyAction(press('Enter', ''), asking)).toEqual({ kind: 'submit' });
		expect(reviewKeyAction(press('Enter', '<a href="/x" data-target>x</a>'), asking)).toBeUndefined();
		expect(reviewKeyAction(press(' ', '<input type="radio" data-target>'), asking)).toBeUndefined();
		expect(reviewKeyAction(press(' ', '<button data-target>x</button>'), asking)).toBeUndefined();
	});

	it('rates with 1-4, and confirms the preselected rating with Space or Enter after the answer settled', () => {
		expect(reviewKeyAction(press('3', ''), answered)).toEqual({ kind: 'rate', rating: 'good' });
		expect(reviewKeyAction(press(' ', '<fieldset tabindex="-1" data-target></fieldset>'), answered)).toEqual({
			kind: 'rate',
			rating: 'again'
		});
		expect(reviewKeyAction(press('Enter', ''), { ...answered, msSinceAnswered: 50 })).toBeUndefined();
		expect(reviewKeyAction(press('Enter', '', { repeat: true }), answered)).toBeUndefined();
		expect(reviewKeyAction(press('Enter', '<a href="/p" data-target>p</a>'), answered)).toBeUndefined();
	});

	it('undoes with Z anywhere but a text box, and with Ctrl+Z in an empty box', () => {
		expect(reviewKeyAction(press('z', ''), answered)).toEqual({ kind: 'undo' });
		expect(reviewKeyAction(press('z', '<input type="text" data-target>'), asking)).toBeUndefined();
		expect(reviewKeyAction(press('z', '<input type="text" data-target>', { ctrlKey: true }), asking)).toEqual(
			{
				kind: 'undo'
			}
		);
		expect(
			reviewKeyAction(press('z', '<input type="text" value="普" data-target>', { ctrlKey: true }), asking)
		).toBeUndefined();
	});

	it('leaves alone the Enter that confirms an input-method candidate', () => {
		expect(reviewKeyAction(press('Enter', '', { isComposing: true }), asking)).toBeUndefined();
		expect(reviewKeyAction(press('Enter', '', { keyCode: 229 }), asking)).toBeUndefined();
	});

	it('opens and closes the help with ?, and closes it with Escape', () => {
		expect(reviewKeyAction(press('?', ''), asking)).toEqual({ kind: 'toggle-help' });
		expect(reviewKeyAction(press('Escape', ''), { ...asking, helpOpen: true })).toEqual({
			kind: 'close-help'
		});
		expect(reviewKeyAction(press('3', ''), { ...answered, helpOpen: true })).toBeUndefined();
	});
});
