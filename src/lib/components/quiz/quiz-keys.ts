import type { QuizStatus } from '$lib/state/quiz-session.svelte';

export type QuizKeyAction =
	| { kind: 'submit' }
	| { kind: 'next' }
	| { kind: 'assess'; knewIt: boolean }
	/** Space pressed to go on: swallow it now and act when it is released (see quizKeyAction). */
	| { kind: 'hold' };

type KeyEvent = Pick<
	KeyboardEvent,
	'type' | 'key' | 'target' | 'defaultPrevented' | 'altKey' | 'ctrlKey' | 'metaKey' | 'isComposing' | 'repeat'
>;

const isTyping = (target: EventTarget | null) =>
	typeof HTMLElement !== 'undefined' &&
	target instanceof HTMLElement &&
	(target.isContentEditable ||
		target.tagName === 'TEXTAREA' ||
		target.tagName === 'SELECT' ||
		(target.tagName === 'INPUT' &&
			!['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type)));

const tagOf = (target: EventTarget | null) =>
	typeof HTMLElement !== 'undefined' && target instanceof HTMLElement ? target.tagName : '';

/**
 * What a key means while taking a quiz, or undefined to leave it to the browser and the focused control.
 * Enter submits (answer controls that submit themselves prevent the event first). After practice feedback
 * Enter or Space goes on; Space acts on release, because the next question's first control takes focus at
 * once and a radio or checkbox would otherwise be ticked by the same key's release.
 */
export function quizKeyAction(
	event: KeyEvent,
	context: { status: QuizStatus; spaceHeld: boolean }
): QuizKeyAction | undefined {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing)
		return undefined;
	const tag = tagOf(event.target);
	if (isTyping(event.target)) return undefined;
	// 1 and 2 answer a turned flashcard even while one of its two buttons has focus.
	if (
		context.status === 'assessing' &&
		event.type === 'keydown' &&
		(event.key === '1' || event.key === '2')
	) {
		return { kind: 'assess', knewIt: event.key === '2' };
	}
	// Buttons, links and summaries act on their own Space and Enter.
	if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return undefined;
	if (event.type === 'keyup') {
		return event.key === ' ' && context.spaceHeld && context.status === 'feedback'
			? { kind: 'next' }
			: undefined;
	}
	switch (context.status) {
		case 'asking':
			return event.key === 'Enter' && !event.repeat ? { kind: 'submit' } : undefined;
		case 'assessing':
			if (event.key === '1') return { kind: 'assess', knewIt: false };
			if (event.key === '2') return { kind: 'assess', knewIt: true };
			return undefined;
		case 'feedback':
			if (event.key === 'Enter' && !event.repeat) return { kind: 'next' };
			if (event.key === ' ') return { kind: 'hold' };
			return undefined;
		default:
			return undefined;
	}
}
