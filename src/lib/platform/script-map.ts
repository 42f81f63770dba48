import type { ScriptMap } from '$lib/domain/script-map';

// Kept apart from the grader, so pages that fetch the index but never grade (the quiz builder, statistics) do
// not carry the grading code.
let installed: ScriptMap = {};

/**
 * Installs the content's Traditional→Simplified map (from content/index.json, written at build time from the
 * accepted answers), so Simplified and Traditional typing grade alike without downloading a converter.
 */
export function useScriptMap(map: ScriptMap): void {
	installed = map;
}

/** The map installed last ({} before the index arrives). */
export const installedScriptMap = (): ScriptMap => installed;
