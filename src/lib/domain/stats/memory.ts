import type { CardState } from '../scheduling/card';

/** The chance (0 to 1) the learner recalls a card now, from the scheduler (the only code that knows FSRS). */
export type RecallNow = (card: CardState) => number;

/** One bar of a distribution: the values from `from` up to (not including) `to`; `to` null is open-ended. */
export type Bucket = { from: number; to: number | null; cards: number };

export type MemoryDistributions = {
	stabilityDays: Bucket[];
	difficulty: Bucket[];
	retrievability: Bucket[];
	/** Over the studied cards: how likely the learner recalls one of them today (null when none is studied). */
	averageRetrievability: number | null;
	/** Over every question in scope, unstudied ones as 0: "how much of this article you would recall today". */
	articleRecall: number;
	studiedCards: number;
};

const stabilityEdges = [0, 1, 3, 7, 14, 21, 30, 60, 90, 180, 365];
const difficultyEdges = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const retrievabilityEdges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

function histogram(values: readonly number[], edges: readonly number[], lastTo: number | null): Bucket[] {
	const buckets: Bucket[] = edges.map((from, index) => ({ from, to: edges[index + 1] ?? lastTo, cards: 0 }));
	for (const value of values) {
		let index = edges.length - 1;
		while (index > 0 && value < edges[index]!) index--;
		buckets[index]!.cards++;
	}
	return buckets;
}

/** Distributions of stability, difficulty and retrievability over the studied (not new) cards in scope. */
export function memoryDistributions(
	questionCount: number,
	cards: readonly CardState[],
	recallNow: RecallNow
): MemoryDistributions {
	const studied = cards.filter((card) => card.phase !== 'new');
	const recall = studied.map(recallNow);
	const sum = recall.reduce((total, value) => total + value, 0);
	return {
		stabilityDays: histogram(
			studied.map((card) => card.stability),
			stabilityEdges,
			null
		),
		difficulty: histogram(
			studied.map((card) => card.difficulty),
			difficultyEdges,
			null
		),
		retrievability: histogram(recall, retrievabilityEdges, 1),
		averageRetrievability: studied.length === 0 ? null : sum / studied.length,
		articleRecall: questionCount === 0 ? 0 : sum / questionCount,
		studiedCards: studied.length
	};
}
