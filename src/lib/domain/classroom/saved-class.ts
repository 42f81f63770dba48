import { decodeQuizLink, encodeQuizLink } from '../quiz/quiz-link';
import { maxClassTitleLength, maxRosterNames } from './class-limits';
import { normalizeStudentName } from './result-code';

/*
 * The teacher's classes: every class quiz built on this device, kept so yesterday's link, worksheet and results can
 * be reopened without a bookmark. A class runs in rounds: each round is the same questions with its own seed (its
 * own link and result codes); round 1 is the quiz as built.
 */

/** One run of a class quiz: its link token and the result codes pasted for it, as typed. */
export type ClassRound = { token: string; startedAtMs: number; codes: string };

/** A class quiz the teacher built, as stored. */
export type SavedClass = {
	title: string;
	createdAtMs: number;
	/** When it was archived; 0 while in use (IndexedDB cannot index booleans or null). */
	archivedAtMs: number;
	/** Names the teacher pasted, so the table shows who has not handed in; empty for none. */
	roster: string[];
	/** Oldest first; never empty. */
	rounds: ClassRound[];
	/** Every round's token (derived from rounds), indexed so a results page finds its class. */
	tokens: string[];
	/** The device article (library.ts) the quiz is on, whose pack its links carry; absent for the app's own. */
	articleId?: string;
};

export { maxClassTitleLength, maxRosterNames } from './class-limits';

/** A new class of one round. */
export function newSavedClass(token: string, title: string, nowMs: number, articleId?: string): SavedClass {
	const rounds = [{ token, startedAtMs: nowMs, codes: '' }];
	return {
		title: cleanTitle(title),
		createdAtMs: nowMs,
		archivedAtMs: 0,
		roster: [],
		rounds,
		tokens: [token],
		...(articleId ? { articleId } : {})
	};
}

/** A title as kept: single spaces, trimmed, at most maxClassTitleLength characters. */
export function cleanTitle(title: string): string {
	const cleaned = title.replace(/\s+/gu, ' ').trim();
	return Array.from(cleaned).slice(0, maxClassTitleLength).join('').trim();
}

/** The round a token belongs to, or undefined. */
export function roundOf(saved: SavedClass, token: string): { round: ClassRound; number: number } | undefined {
	const index = saved.rounds.findIndex((round) => round.token === token);
	return index < 0 ? undefined : { round: saved.rounds[index]!, number: index + 1 };
}

/** The latest round: the one a teacher opens from the list. */
export const latestRound = (saved: SavedClass): ClassRound => saved.rounds[saved.rounds.length - 1]!;

/** How many codes the text holds: its non-empty lines (the class table sorts out which are valid). */
export function pastedLineCount(codes: string): number {
	return codes.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
}

/**
 * The same quiz with another seed: the same questions, mode and time limit, a new option order and new result
 * codes (so codes of one round or class are never counted in another). catalogIds are the link's catalog's ids.
 */
export function reseededToken(
	token: string,
	catalog: { version: string; questionIds: readonly string[] },
	seed: string
): string {
	const spec = decodeQuizLink(token, catalog);
	return encodeQuizLink({ ...spec, seed }, catalog.questionIds);
}

/** A name as compared with another: the same letters whatever the width or case. */
export const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** The names of a pasted roster: one per line (or separated by commas), trimmed, each once, in the order given. */
export function rosterFromText(text: string): string[] {
	const seen = new Set<string>();
	const names: string[] = [];
	for (const piece of text.split(/\r\n|\r|\n|[,;，；、\t]/)) {
		// Cleaned as a student's typed name is, so the same name matches.
		const name = normalizeStudentName(piece);
		const key = nameKey(name);
		if (name === '' || seen.has(key)) continue;
		seen.add(key);
		names.push(name);
		if (names.length === maxRosterNames) break;
	}
	return names;
}

/** The roster's names that no handed-in code carries, in roster order. */
export function notHandedIn(roster: readonly string[], handedInNames: readonly string[]): string[] {
	const handedIn = new Set(handedInNames.map(nameKey));
	return roster.filter((name) => !handedIn.has(nameKey(name)));
}
