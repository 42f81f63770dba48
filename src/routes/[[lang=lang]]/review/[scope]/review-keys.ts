import type { KeyPress } from '$lib/domain/keys';
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

/** What a key press means in the reviewer, or undefined to leave it to the browser. */
export function reviewKeyAction(press: KeyPress, context: ReviewKeyContext): ReviewKeyAction | undefined {
	// An answer control that acted on the key (Enter in a choice group, digits picking an option) handled it.
	if (press.handled || press.alt || press.composing) return undefined;
	if (context.helpOpen)
		return press.key === 'Escape' || press.key === '?' ? { kind: 'close-help' } : undefined;
	const typing = press.target === 'text-field';
	if (press.key === '?' && !typing) return { kind: 'toggle-help' };
	if ((press.key === 'z' || press.key === 'Z') && !press.shift) {
		// In a text box Ctrl+Z is the box's own undo, unless the box is empty and there is nothing of its own to undo.
		if (!typing || (press.command && press.emptyField)) return { kind: 'undo' };
		return undefined;
	}
	if (press.command || press.repeat) return undefined;
	const confirmKey = press.key === ' ' || press.key === 'Enter';
	if (context.status === 'asking') {
		return confirmKey && press.target === 'other' ? { kind: 'submit' } : undefined;
	}
	if (context.status === 'answered') {
		const rating = ratingKeys[press.key];
		if (rating && !typing) return { kind: 'rate', rating };
		if (confirmKey && press.target === 'other' && context.msSinceAnswered >= confirmGuardMs) {
			return { kind: 'rate', rating: context.suggested ?? 'good' };
		}
	}
	return undefined;
}
