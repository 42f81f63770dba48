import type { DeckId, QuestionId } from '../ids';
import type { Question } from '../question';
import { newCard, type CardState, type Rating } from '../scheduling/card';
import type { ClockShiftMinutes } from '../scheduling/clock';
import { Scheduler } from '../scheduling/scheduler';
import { defaultReviewSettings } from '../scheduling/settings';
import type { ClassResults } from './class-results';
import { nameKey } from './saved-class';

/*
 * A class quiz run again (round 2, 3…: the same questions, a new seed, so the question order may differ): what the
 * class kept and what it lost between rounds, and when the next round should come by the review's memory model.
 *
 * Questions are matched by id, never by position. Students are matched by name (as nameKey compares them); an
 * unnamed student counts in the class's percentages but cannot be followed from one round to the next.
 */

/** One round's table; results null while no code of it was pasted. */
export type RoundResults = { roundNumber: number; startedAtMs: number; results: ClassResults | null };

/** Between two rounds, for the answers of students present in both: how many were right then and now, … */
export type RetentionCounts = {
	/** right in both rounds */
	retained: number;
	/** right before, not now */
	forgotten: number;
	/** not right before, right now */
	learned: number;
	/** right in neither */
	stillMissed: number;
};

/** A question through the rounds. */
export type QuestionAcrossRounds = {
	questionId: QuestionId;
	question: Question;
	/** 0–100 per round, in round order; null for a round without codes. */
	percentCorrect: (number | null)[];
	/** Between the last two rounds with codes. */
	retention: RetentionCounts;
};

/** A named student through the rounds. */
export type StudentAcrossRounds = {
	name: string;
	/** The score per round, in round order; null where the student handed in no code. */
	scores: (number | null)[];
	/** Between the last two rounds with codes; all zero when the student missed one of them. */
	retention: RetentionCounts;
};

/** The rounds compared: numbers of the two rounds retention is measured between, or null with fewer than two. */
export type RoundsComparison = {
	roundNumbers: number[];
	compared: { before: number; after: number } | null;
	/** In the latest round's question order. */
	questions: QuestionAcrossRounds[];
	/** Names as first given, in the order they first appear. */
	students: StudentAcrossRounds[];
	retention: RetentionCounts;
	maxScore: number;
};

const noCounts = (): RetentionCounts => ({ retained: 0, forgotten: 0, learned: 0, stillMissed: 0 });

function count(counts: RetentionCounts, before: boolean, after: boolean): void {
	if (before && after) counts.retained++;
	else if (before) counts.forgotten++;
	else if (after) counts.learned++;
	else counts.stillMissed++;
}

/** Per named student of a round: whether each question (by id) was answered right. The first code of a name counts. */
function rightAnswersByStudent(
	results: ClassResults
): Map<string, { name: string; right: Map<string, boolean> }> {
	const students = new Map<string, { name: string; right: Map<string, boolean> }>();
	for (const row of results.rows) {
		const key = nameKey(row.studentName);
		if (key === '' || students.has(key)) continue;
		const right = new Map(
			results.questions.map((column) => [
				column.question.id as string,
				row.grades[column.position]?.kind === 'correct'
			])
		);
		students.set(key, { name: row.studentName, right });
	}
	return students;
}

const scored = (results: ClassResults) =>
	results.questions.filter((column) => column.question.kind !== 'flashcard');

/** Compares the rounds of one class quiz (in round order); retention is measured between the last two with codes. */
export function compareRounds(rounds: readonly RoundResults[]): RoundsComparison {
	const withCodes = rounds.filter((round) => round.results !== null && round.results.rows.length > 0);
	const latest = withCodes[withCodes.length - 1] ?? rounds[rounds.length - 1];
	const pair: [RoundResults, RoundResults] | null =
		withCodes.length >= 2 ? [withCodes[withCodes.length - 2]!, withCodes[withCodes.length - 1]!] : null;
	const columns = latest?.results ? scored(latest.results) : [];
	const perRound = rounds.map((round) => (round.results ? rightAnswersByStudent(round.results) : new Map()));
	const before = pair && rightAnswersByStudent(pair[0].results!);
	const after = pair && rightAnswersByStudent(pair[1].results!);
	const retention = noCounts();

	const questions = columns.map((column): QuestionAcrossRounds => {
		const id = column.question.id;
		const counts = noCounts();
		if (before && after)
			for (const [key, student] of after) {
				const earlier = before.get(key);
				if (earlier) count(counts, earlier.right.get(id) ?? false, student.right.get(id) ?? false);
			}
		return {
			questionId: id,
			question: column.question,
			percentCorrect: rounds.map((round) => {
				const match = round.results?.questions.find((other) => other.question.id === id);
				return round.results && round.results.rows.length > 0 ? (match?.percentCorrect ?? null) : null;
			}),
			retention: counts
		};
	});

	const names = new Map<string, string>();
	for (const round of perRound)
		for (const [key, student] of round) if (!names.has(key)) names.set(key, student.name);
	const students = [...names].map(([key, name]): StudentAcrossRounds => {
		const counts = noCounts();
		const earlier = before?.get(key);
		const later = after?.get(key);
		if (earlier && later)
			for (const column of columns) {
				const id = column.question.id;
				count(counts, earlier.right.get(id) ?? false, later.right.get(id) ?? false);
			}
		return {
			name,
			scores: perRound.map((round) => {
				const student = round.get(key);
				return student ? columns.filter((column) => student.right.get(column.question.id)).length : null;
			}),
			retention: counts
		};
	});
	for (const question of questions) {
		retention.retained += question.retention.retained;
		retention.forgotten += question.retention.forgotten;
		retention.learned += question.retention.learned;
		retention.stillMissed += question.retention.stillMissed;
	}

	return {
		roundNumbers: rounds.map((round) => round.roundNumber),
		compared: pair && { before: pair[0].roundNumber, after: pair[1].roundNumber },
		questions,
		students,
		retention,
		maxScore: columns.length
	};
}

/** The review's memory model for a class: FSRS with the review's defaults, without same-day steps or fuzz. */
const classScheduler = new Scheduler({
	...defaultReviewSettings,
	learningStepsMinutes: [],
	relearningStepsMinutes: [],
	fuzz: false
});

const dayMs = 86_400_000;

/**
 * When to run the next round: each answer of each student (followed by name through the rounds; an unnamed code
 * on its own) is a card reviewed at each round (right: good, otherwise again), and the next round comes when half
 * of those cards are due, as review would schedule them; at least a day after the latest round. Null without codes.
 */
export function suggestNextRoundMs(
	rounds: readonly RoundResults[],
	clockShiftMinutes: ClockShiftMinutes
): number | null {
	const cards = new Map<string, CardState>();
	let latestMs: number | null = null;
	for (const round of rounds) {
		if (!round.results || round.results.rows.length === 0) continue;
		latestMs = round.startedAtMs;
		const seen = new Set<string>();
		for (const row of round.results.rows) {
			const name = nameKey(row.studentName);
			const student = name === '' ? `#${round.roundNumber}:${row.line}:${row.number}` : name;
			if (seen.has(student)) continue;
			seen.add(student);
			for (const column of scored(round.results)) {
				const key = `${student}\n${column.question.id}`;
				const card =
					cards.get(key) ?? newCard(column.question.id, column.question.deckId as DeckId, round.startedAtMs);
				const rating: Rating = row.grades[column.position]?.kind === 'correct' ? 'good' : 'again';
				const outcome = classScheduler.preview(card, {
					nowMs: round.startedAtMs,
					clockShiftMinutes,
					durationMs: 0,
					origin: 'quiz'
				})[rating];
				cards.set(key, outcome.card);
			}
		}
	}
	if (latestMs === null || cards.size === 0) return null;
	const dues = [...cards.values()].map((card) => card.dueAtMs).sort((a, b) => a - b);
	const median = dues[Math.floor((dues.length - 1) / 2)]!;
	return Math.max(median, latestMs + dayMs);
}
