import { getContext, setContext } from 'svelte';
import type { Problem } from '$lib/domain/validation/problems';

// The editor's fields find their own problems here by their draft path, so the validator's result is computed once
// for the whole draft and each field shows what concerns it.

const key = Symbol('author-problems');

export type ProblemsAt = (path: string) => Problem[];

export const provideProblems = (problemsAt: ProblemsAt) => setContext(key, problemsAt);
export const useProblems = (): ProblemsAt => getContext<ProblemsAt | undefined>(key) ?? (() => []);

/** The element id of a draft field (`decks[0].questions[2].prompt.zh` → `f-decks-0-questions-2-prompt-zh`). */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

/** Problems grouped by path. */
export function problemsByPath(problems: readonly Problem[]): Map<string, Problem[]> {
	const byPath = new Map<string, Problem[]>();
	for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem]);
	return byPath;
}

const touchKey = Symbol('author-touch');

/**
 * What a field calls when the teacher types into it: from then on, its problems are shown. (Not on leaving it: a
 * problem appearing then would move what the teacher is clicking, such as a cloze suggestion under the prompt.)
 */
export type Touch = (path: string) => void;

export const provideTouch = (touch: Touch) => setContext(touchKey, touch);
export const useTouch = (): Touch => getContext<Touch | undefined>(touchKey) ?? (() => {});

/**
 * Whether a problem is shown yet: once the teacher has typed into a field at its path or under it (a list's problem
 * once one of its entries was written, a question's once any of its fields was), so a new question is not shown in red
 * before anything was typed into it. An attempt to use the article shows them all (the editor's `showAll`).
 */
export function problemShown(problemPath: string, touched: Iterable<string>): boolean {
	for (const path of touched) {
		if (path === problemPath || path.startsWith(`${problemPath}.`) || path.startsWith(`${problemPath}[`))
			return true;
	}
	return false;
}
