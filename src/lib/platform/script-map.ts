import type { ScriptMap } from '$lib/domain/script-map';

// Kept apart from the grader, so pages that fetch the index but never grade (the quiz builder, statistics) do
// not carry the grading code.
let installed: ScriptMap = {};
// Built in the browser from their answers' characters: content/answer-script-maps.ts.
// The map of each article on this device (or in a class link's pack), by article id.
const onDevice = new Map<string, ScriptMap>();
let merged: ScriptMap | undefined;

/**
 * Installs the content's Traditional→Simplified map (from content/index.json, written at build time from the
 * accepted answers), so Simplified and Traditional typing grade alike without downloading a converter.
 */
export function useScriptMap(map: ScriptMap): void {
	if (map !== installed) [installed, merged] = [map, undefined];
}

/** Installs the map of an article on this device (or in a pack), used with the content's. */
export function useArticleScriptMap(articleId: string, map: ScriptMap): void {
	onDevice.set(articleId, map);
	merged = undefined;
}

/** The maps installed last ({} before the index arrives); the same object until another is installed. */
export const installedScriptMap = (): ScriptMap =>
	(merged ??= onDevice.size === 0 ? installed : Object.assign({}, installed, ...onDevice.values()));
