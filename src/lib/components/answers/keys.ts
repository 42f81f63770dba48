type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing'>;

/** The 0-based position that a digit key 1–9 picks, or null for any other key or with a modifier held. */
export function digitShortcut(event: KeyPress): number | null {
	if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return null;
	return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : null;
}

/** Whether a key press means "submit": Enter, but not the Enter that commits a Chinese IME composition. */
export function isSubmitKey(event: KeyPress): boolean {
	return event.key === 'Enter' && !event.isComposing && !event.shiftKey && !event.altKey;
}

/** −1 or +1 for Alt+ArrowUp / Alt+ArrowDown (the keys that move an ordering item), otherwise null. */
export function moveShortcut(event: KeyPress): -1 | 1 | null {
	if (!event.altKey || event.ctrlKey || event.metaKey) return null;
	if (event.key === 'ArrowUp') return -1;
	if (event.key === 'ArrowDown') return 1;
	return null;
}
