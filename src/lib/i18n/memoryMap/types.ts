import type { MemoryBand } from '$lib/domain/stats/memory-map';

/**
 * The memory map's texts (its switch, key and the paragraphs' lines): the `memoryMap` section of Messages, apart
 * from the statistics so that the reading pages do not download the statistics page's texts.
 */
export type MemoryMapMessages = {
	memoryMapToggle: string;
	memoryMapLegend: string;
	band: Record<MemoryBand, string>;
	paragraphMemory: (studied: number, questions: number, percent: string | null) => string;
	reviewTheseNow: (count: number) => string;
	memoryMapUnavailable: string;
};
