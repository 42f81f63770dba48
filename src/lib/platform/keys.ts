import type { KeyPress, KeyTarget } from '$lib/domain/keys';

// Space and Enter on these act on the element itself (follow the link, press the button, tick the box).
const controls = 'a[href], button, summary, input, [role="button"], dialog';
// Inputs that are ticked or pressed rather than typed in.
const pressedInputs = ['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'];

/** What a key landed on: a place to type, a control that owns Space and Enter, or anything else. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
	if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return 'other';
	if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
		return 'text-field';
	if (target.tagName === 'INPUT' && !pressedInputs.includes((target as HTMLInputElement).type))
		return 'text-field';
	return target.closest(controls) ? 'control' : 'other';
}

/** A browser key event as the screens' key tables read it. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
	const target = keyTargetOf(event.target);
	return {
		key: event.key,
		type: event.type === 'keyup' ? 'keyup' : 'keydown',
		target,
		command: event.ctrlKey || event.metaKey,
		alt: event.altKey,
		shift: event.shiftKey,
		// keyCode 229 is the Enter that confirms an input-method candidate (Safari reports isComposing false then).
		composing: event.isComposing || event.keyCode === 229,
		repeat: event.repeat,
		handled: event.defaultPrevented,
		emptyField:
			target === 'text-field' &&
			'value' in (event.target as HTMLInputElement) &&
			(event.target as HTMLInputElement).value === ''
	};
}
