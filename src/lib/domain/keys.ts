// One idea of a key press for every screen (in the spirit of Anki's ts/lib/tslib/keys.ts): what the key landed on,
// whether an input method is composing, which modifiers are held. platform/keys.ts reads it from a browser event;
// each screen keeps only its table of key → action over it.

/** What a key landed on: somewhere to type, a control that acts on its own Space and Enter, or anything else. */
export type KeyTarget = 'text-field' | 'control' | 'other';

export type KeyPress = {
	key: string;
	type: 'keydown' | 'keyup';
	target: KeyTarget;
	/** Ctrl, or ⌘ on a Mac. */
	command: boolean;
	alt: boolean;
	shift: boolean;
	/** Part of an input-method composition, the Enter that confirms a Chinese candidate included. */
	composing: boolean;
	/** Held down and repeating. */
	repeat: boolean;
	/** Already acted on by the control it landed on (an answer control that submits itself, say). */
	handled: boolean;
	/** Landed in an empty text field (where Ctrl+Z has nothing of the field's own to undo). */
	emptyField: boolean;
};

/** A key press on nothing in particular, with no modifier: the base for tests and for building presses. */
export const plainKeyPress = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
	key,
	type: 'keydown',
	target: 'other',
	command: false,
	alt: false,
	shift: false,
	composing: false,
	repeat: false,
	handled: false,
	emptyField: false,
	...overrides
});

/** Whether any of Ctrl, ⌘ or Alt is held: such presses are the browser's or the system's, not a screen's. */
export const hasModifier = (press: KeyPress) => press.command || press.alt;

/** The 0-based position that a digit key 1–9 picks, or null for any other key, with a modifier, or composing. */
export function digitShortcut(press: KeyPress): number | null {
	if (hasModifier(press) || press.composing) return null;
	return /^[1-9]$/.test(press.key) ? Number(press.key) - 1 : null;
}

/** Whether a key press means "submit": Enter, but not the Enter that commits a Chinese IME composition. */
export function isSubmitKey(press: KeyPress): boolean {
	return press.key === 'Enter' && !press.composing && !press.shift && !press.alt;
}

/** −1 or +1 for Alt+ArrowUp / Alt+ArrowDown (the keys that move an ordering item), otherwise null. */
export function moveShortcut(press: KeyPress): -1 | 1 | null {
	if (!press.alt || press.command) return null;
	if (press.key === 'ArrowUp') return -1;
	if (press.key === 'ArrowDown') return 1;
	return null;
}

/**
 * The 0-based option a key picks among `count` lettered options: its letter (A, B, … as shown on the option,
 * either case) or its number (1–9). Null for any other key, with Ctrl, ⌘ or Alt held, or while composing.
 */
export function choiceShortcut(press: KeyPress, count: number): number | null {
	if (hasModifier(press) || press.composing) return null;
	const position = /^[1-9]$/.test(press.key)
		? Number(press.key) - 1
		: /^[a-z]$/i.test(press.key)
			? press.key.toUpperCase().charCodeAt(0) - 'A'.charCodeAt(0)
			: null;
	return position !== null && position < count ? position : null;
}
