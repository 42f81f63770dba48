import type { ContentProblem } from './problems';
import { isRecord, isText } from '$lib/domain/validation/fields';
import { Reader } from './reader';
import { readYaml, type TextFile } from './validate-argument';

/**
 * The ledger of question ids (questions/<folder>/question-ids.yaml). Progress is stored under a question's id, so an id
 * that once existed must either still name its question or be retired, and a retired id is never used again:
 * a new question under an old id would inherit a stranger's history.
 */
export type QuestionIdLedger = {
	/** Every id that existed when the ledger was started, recorded once. */
	recorded: string[];
	/** Ids taken out of the decks, with why. */
	retired: Map<string, string>;
};

/** Reads the ledger and checks the decks' ids against it; every problem is reported at once. */
export function validateQuestionIds(
	file: TextFile,
	deckIds: ReadonlyMap<string, string>
): { ledger?: QuestionIdLedger; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const raw = readYaml(problems, file);
	if (raw === undefined) return { problems };
	const reader = new Reader(problems, file.file, undefined);
	if (!isRecord(raw))
		return (reader.report('ledger', 'must be a mapping with recorded and retired'), { problems });
	for (const key of Object.keys(raw)) {
		if (key !== 'recorded' && key !== 'retired') reader.report(key, 'is not a field of the ledger');
	}
	const recorded = Array.isArray(raw.recorded) && raw.recorded.every(isText) ? raw.recorded : undefined;
	if (!recorded) reader.report('recorded', 'must be a list of question ids');
	const retiredRaw = raw.retired ?? {};
	const retired = new Map<string, string>();
	if (!isRecord(retiredRaw)) reader.report('retired', 'must map each retired id to the reason');
	else {
		for (const [id, reason] of Object.entries(retiredRaw)) {
			if (!isText(reason)) reader.report(`retired.${id}`, 'must give the reason it was retired');
			else retired.set(id, reason);
		}
	}
	if (problems.length > 0 || !recorded) return { problems };

	const report = (questionId: string, field: string, message: string, where = file.file) =>
		problems.push({ file: where, questionId, field, message });
	for (const id of new Set(recorded)) {
		if (!deckIds.has(id) && !retired.has(id)) {
			report(
				id,
				'id',
				'was removed from the decks without being retired: list it under retired with a reason'
			);
		}
	}
	for (const [id, deckFile] of deckIds) {
		if (retired.has(id)) {
			report(
				id,
				'id',
				`is retired (${retired.get(id)}) and cannot be used again: give the question a new id`,
				deckFile
			);
		}
	}
	return problems.length > 0 ? { problems } : { ledger: { recorded, retired }, problems };
}
