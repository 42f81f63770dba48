import { createGrader, type Grade, type Grader } from '$lib/domain/grading';
import type { Question } from '$lib/domain/question';
import type { Response } from '$lib/domain/response';
import { scriptConverter, type ScriptMap } from '$lib/domain/script-map';
import { installedScriptMap } from './script-map';

export { useScriptMap } from './script-map';

// Every page that grades fetches the content index (its decks' ids come from it) before it shows a question,
// and the index installs its script map; the grader is rebuilt only when another map is installed.
let cached: { map: ScriptMap; grader: Grader } | undefined;

function currentGrader(): Grader {
	const map = installedScriptMap();
	if (cached?.map !== map) cached = { map, grader: createGrader(scriptConverter(map)) };
	return cached.grader;
}

/** Grades a response; typed answers fold Simplified and Traditional together through the installed script map. */
export async function gradeAnswer(question: Question, response: Response): Promise<Grade> {
	return currentGrader().grade(question, response);
}
