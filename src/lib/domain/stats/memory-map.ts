import type { CardState } from '../scheduling/card';
import type { RecallNow } from './memory';

/** How well a paragraph is remembered, by the average recall of its studied questions. */
export const memoryBands = ['unstudied', 'weak', 'fading', 'strong'] as const;
export type MemoryBand = (typeof memoryBands)[number];

/** Recall at or above this is strong; at or above `fading` but below it, fading; below, weak. */
export const bandThresholds = { fading: 0.7, strong: 0.9 } as const;

export type ParagraphMemory = {
	paragraphId: string;
	band: MemoryBand;
	/** Average recall of the studied questions (null when none is studied). */
	averageRecall: number | null;
	studied: number;
	questions: number;
	questionIds: string[];
};

/** The band for an average recall (null: nothing studied). */
export function memoryBand(averageRecall: number | null): MemoryBand {
	if (averageRecall === null) return 'unstudied';
	if (averageRecall >= bandThresholds.strong) return 'strong';
	if (averageRecall >= bandThresholds.fading) return 'fading';
	return 'weak';
}

/** Shades each paragraph by its questions' recall now; suspended and new cards count as not studied. */
export function memoryMap(
	questionsByParagraph: Readonly<Record<string, readonly string[]>>,
	cards: ReadonlyMap<string, CardState>,
	recallNow: RecallNow
): ParagraphMemory[] {
	return Object.entries(questionsByParagraph).map(([paragraphId, questionIds]) => {
		let studied = 0;
		let sum = 0;
		for (const id of questionIds) {
			const card = cards.get(id);
			if (!card || card.phase === 'new' || card.suspended) continue;
			studied++;
			sum += recallNow(card);
		}
		const averageRecall = studied === 0 ? null : sum / studied;
		return {
			paragraphId,
			band: memoryBand(averageRecall),
			averageRecall,
			studied,
			questions: questionIds.length,
			questionIds: [...questionIds]
		};
	});
}

/** How many studied groups (paragraphs or claims) fall in each band, for the legend. */
export function bandCounts(rows: Iterable<ParagraphMemory>): Partial<Record<MemoryBand, number>> {
	const counts: Partial<Record<MemoryBand, number>> = {};
	for (const row of rows) if (row.questions > 0) counts[row.band] = (counts[row.band] ?? 0) + 1;
	return counts;
}

/** The rows by group id (a group being a paragraph, a claim or any other set of questions). */
export function memoryByGroup(rows: readonly ParagraphMemory[]): ReadonlyMap<string, ParagraphMemory> {
	return new Map(rows.map((row) => [row.paragraphId, row]));
}
