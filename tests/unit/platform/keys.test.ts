// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { digitShortcut, isSubmitKey, moveShortcut, plainKeyPress } from '$lib/domain/keys';
import { keyPressOf, keyTargetOf } from '$lib/platform/keys';

const element = (html: string) => {
	document.body.innerHTML = html;
	return document.body.firstElementChild as HTMLElement;
};

function keydown(key: string, on: HTMLElement | null, init: KeyboardEventInit = {}) {
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
	Object.defineProperty(event, 'target', { value: on });
	return event;
}

describe('keyTargetOf: where a key landed', () => {
	it('text fields: text inputs of every kind, text areas, selects and editable text', () => {
		for (const html of [
			'<input>',
			'<input type="text">',
			'<input type="number">',
			'<input type="search">',
			'<textarea></textarea>',
			'<select></select>'
		])
			expect(keyTargetOf(element(html)), html).toBe('text-field');
		const editable = element('<div contenteditable="true"></div>');
		// jsdom does not compute isContentEditable; a browser does.
		Object.defineProperty(editable, 'isContentEditable', { value: true });
		expect(keyTargetOf(editable)).toBe('text-field');
	});

	it('controls: buttons, links, summaries, choices and pressed inputs, and what sits inside them', () => {
		for (const html of [
			'<button>x</button>',
			'<a href="/x">x</a>',
			'<summary>x</summary>',
			'<input type="radio">',
			'<input type="checkbox">',
			'<input type="submit">',
			'<div role="button">x</div>'
		])
			expect(keyTargetOf(element(html)), html).toBe('control');
		expect(keyTargetOf(element('<button><span>x</span></button>').firstElementChild)).toBe('control');
	});

	it('anything else: the page, a card, a link without an address', () => {
		expect(keyTargetOf(null)).toBe('other');
		expect(keyTargetOf(element('<div tabindex="-1"></div>'))).toBe('other');
		expect(keyTargetOf(element('<a>no address</a>'))).toBe('other');
	});
});

describe('keyPressOf: modifiers, composition, an empty field', () => {
	it('folds Ctrl and ⌘ into one command modifier', () => {
		expect(keyPressOf(keydown('z', null, { ctrlKey: true })).command).toBe(true);
		expect(keyPressOf(keydown('z', null, { metaKey: true })).command).toBe(true);
		expect(keyPressOf(keydown('z', null)).command).toBe(false);
	});

	it('counts the Enter that confirms an input-method candidate as composing (Safari: keyCode 229)', () => {
		expect(keyPressOf(keydown('Enter', null, { isComposing: true })).composing).toBe(true);
		expect(keyPressOf(keydown('Enter', null, { keyCode: 229 })).composing).toBe(true);
		expect(keyPressOf(keydown('Enter', null)).composing).toBe(false);
	});

	it('says whether a text field is empty, and whether a control already handled the key', () => {
		expect(keyPressOf(keydown('z', element('<input>'))).emptyField).toBe(true);
		expect(keyPressOf(keydown('z', element('<input value="普">'))).emptyField).toBe(false);
		expect(keyPressOf(keydown('z', element('<div></div>'))).emptyField).toBe(false);
		const event = keydown('Enter', null);
		event.preventDefault();
		expect(keyPressOf(event).handled).toBe(true);
	});
});

describe('the answer controls’ keys', () => {
	it('digits 1–9 pick a position, not with a modifier or while composing', () => {
		expect(digitShortcut(plainKeyPress('1'))).toBe(0);
		expect(digitShortcut(plainKeyPress('9'))).toBe(8);
		expect(digitShortcut(plainKeyPress('0'))).toBeNull();
		expect(digitShortcut(plainKeyPress('2', { command: true }))).toBeNull();
		expect(digitShortcut(plainKeyPress('2', { composing: true }))).toBeNull();
	});

	it('Enter submits, but not Shift+Enter nor the Enter of a composition', () => {
		expect(isSubmitKey(plainKeyPress('Enter'))).toBe(true);
		expect(isSubmitKey(plainKeyPress('Enter', { shift: true }))).toBe(false);
		expect(isSubmitKey(plainKeyPress('Enter', { composing: true }))).toBe(false);
	});

	it('Alt+↑ and Alt+↓ move an ordering item', () => {
		expect(moveShortcut(plainKeyPress('ArrowUp', { alt: true }))).toBe(-1);
		expect(moveShortcut(plainKeyPress('ArrowDown', { alt: true }))).toBe(1);
		expect(moveShortcut(plainKeyPress('ArrowDown'))).toBeNull();
	});
});
