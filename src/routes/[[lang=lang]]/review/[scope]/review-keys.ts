import type { Rating } from '$lib/domain/scheduling/card';
import type { SessionStatus } from '$lib/state/review-session.svelte';

export type ReviewKeyAction =
	| { kind: 'toggle-help' }
	| { kind: 'close-help' }
	| { kind: 'submit' }
	| { kind: 'rate'; rating: Rating }
	| { kind: 'undo' };

const ratingKeys: Record<string, Rating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable ||
		target.tagName === 'TEXTAREA' ||
		target.tagName === 'SELECT' ||
		(target.tagName === 'INPUT' &&
			!['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type)));

/** What a key press means in the reviewer, or undefined to leave it to the browser. */
export function reviewKeyAction(
	event: KeyboardEvent,
	context: { status: SessionStatus; helpOpen: boolean; suggested: Rating | undefined }
): ReviewKeyAction | undefined {
	// An answer control that acted on the key (Enter in a choice group, digits picking an option) prevents it.
	if (event.defaultPrevented || event.altKey || event.isComposing) return undefined;
	if (context.helpOpen)
		return event.key === 'Escape' || event.key === '?' ? { kind: 'close-help' } : undefined;
	const typing = isTyping(event.target);
	const modifier = event.ctrlKey || event.metaKey;
	if (event.key === '?' && !typing) return { kind: 'toggle-help' };
	if ((event.key === 'z' || event.key === 'Z') && !event.shiftKey && (modifier || !typing)) {
		// In a text box Ctrl+Z is the box's own undo.
		return typing ? undefined : { kind: 'undo' };
	}
	if (modifier) return undefined;
	const tag = event.target instanceof HTMLElement ? event.target.tagName : '';
	const onButton = tag === 'BUTTON' || tag === 'SUMMARY';
	if (context.status === 'asking') {
		// Space on a radio or checkbox ticks it and Enter in the cloze box is the box's own; otherwise both submit.
		if (event.key === 'Enter' && !typing && !onButton) return { kind: 'submit' };
		if (event.key === ' ' && !typing && !onButton && tag !== 'INPUT') return { kind: 'submit' };
		return undefined;
	}
	if (context.status === 'answered') {
		const rating = ratingKeys[event.key];
		if (rating) return { kind: 'rate', rating };
		if ((event.key === ' ' || event.key === 'Enter') && !onButton) {
			return { kind: 'rate', rating: context.suggested ?? 'good' };
		}
	}
	return undefined;
}
