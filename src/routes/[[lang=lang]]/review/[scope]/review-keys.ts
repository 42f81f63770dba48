import type { Rating } from '$lib/domain/scheduling/card';
import type { SessionStatus } from '$lib/state/review-session.svelte';

export type ReviewKeyAction =
	| { kind: 'toggle-help' }
	| { kind: 'close-help' }
	| { kind: 'submit' }
	| { kind: 'rate'; rating: Rating }
	| { kind: 'undo' };

export type ReviewKeyContext = {
	status: SessionStatus;
	helpOpen: boolean;
	suggested: Rating | undefined;
	/** How long the answer has been on screen: a confirm key right after it appeared is a bounce, not a choice. */
	msSinceAnswered: number;
};

const ratingKeys: Record<string, Rating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/** Below this, a Space or Enter after the answer appeared is the same press or its bounce. */
export const confirmGuardMs = 300;

const textEntry = (target: Element | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable ||
		target.tagName === 'TEXTAREA' ||
		target.tagName === 'SELECT' ||
		(target.tagName === 'INPUT' &&
			!['radio', 'checkbox', 'button', 'submit', 'reset'].includes((target as HTMLInputElement).type)));

// Space and Enter on these act on the element itself (follow the link, press the button, tick the box).
const ownsConfirmKeys =
	'a[href], button, summary, select, textarea, input, [role="button"], [contenteditable], dialog';

/** What a key press means in the reviewer, or undefined to leave it to the browser. */
export function reviewKeyAction(
	event: KeyboardEvent,
	context: ReviewKeyContext
): ReviewKeyAction | undefined {
	// An answer control that acted on the key (Enter in a choice group, digits picking an option) prevents it;
	// keyCode 229 is the Enter that confirms an input-method candidate (Safari reports isComposing false then).
	if (event.defaultPrevented || event.altKey || event.isComposing || event.keyCode === 229) return undefined;
	if (context.helpOpen)
		return event.key === 'Escape' || event.key === '?' ? { kind: 'close-help' } : undefined;
	const target = event.target instanceof Element ? event.target : null;
	const typing = textEntry(target);
	const modifier = event.ctrlKey || event.metaKey;
	if (event.key === '?' && !typing) return { kind: 'toggle-help' };
	if ((event.key === 'z' || event.key === 'Z') && !event.shiftKey) {
		// In a text box Ctrl+Z is the box's own undo, unless the box is empty and there is nothing of its own to undo.
		const emptyBox = typing && (target as HTMLInputElement).value === '';
		if (!typing || (modifier && emptyBox)) return { kind: 'undo' };
		return undefined;
	}
	if (modifier || event.repeat) return undefined;
	const onControl = Boolean(target?.closest(ownsConfirmKeys));
	const confirmKey = event.key === ' ' || event.key === 'Enter';
	if (context.status === 'asking') {
		return confirmKey && !onControl ? { kind: 'submit' } : undefined;
	}
	if (context.status === 'answered') {
		const rating = ratingKeys[event.key];
		if (rating && !typing) return { kind: 'rate', rating };
		if (confirmKey && !onControl && context.msSinceAnswered >= confirmGuardMs) {
			return { kind: 'rate', rating: context.suggested ?? 'good' };
		}
	}
	return undefined;
}
