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
