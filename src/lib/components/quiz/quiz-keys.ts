import { hasModifier, type KeyPress } from '$lib/domain/keys';
import type { QuizStatus } from '$lib/state/quiz-session.svelte';

export type QuizKeyAction =
	| { kind: 'submit' }
	| { kind: 'next' }
	| { kind: 'assess'; knewIt: boolean }
	/** Space pressed to go on: swallow it now and act when it is released (see quizKeyAction). */
	| { kind: 'hold' };

/**
 * What a key means while taking a quiz, or undefined to leave it to the browser and the focused control.
 * Enter submits (answer controls that submit themselves handle the key first). After practice feedback
 * Enter or Space goes on; Space acts on release, because the next question's first control takes focus at
 * once and a radio or checkbox would otherwise be ticked by the same key's release.
 */
export function quizKeyAction(
	press: KeyPress,
	context: { status: QuizStatus; spaceHeld: boolean }
): QuizKeyAction | undefined {
	if (press.handled || hasModifier(press) || press.composing || press.target === 'text-field')
		return undefined;
	// 1 and 2 answer a turned flashcard even while one of its two buttons has focus.
	if (
		context.status === 'assessing' &&
		press.type === 'keydown' &&
		(press.key === '1' || press.key === '2')
	) {
		return { kind: 'assess', knewIt: press.key === '2' };
	}
	// Buttons, links, summaries and choices act on their own Space and Enter.
	if (press.target === 'control') return undefined;
	if (press.type === 'keyup') {
		return press.key === ' ' && context.spaceHeld && context.status === 'feedback'
			? { kind: 'next' }
			: undefined;
	}
	switch (context.status) {
		case 'asking':
			return press.key === 'Enter' && !press.repeat ? { kind: 'submit' } : undefined;
		case 'feedback':
			if (press.key === 'Enter' && !press.repeat) return { kind: 'next' };
			if (press.key === ' ') return { kind: 'hold' };
			return undefined;
		default:
			return undefined;
	}
}
