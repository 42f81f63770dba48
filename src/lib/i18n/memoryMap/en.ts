import type { MemoryMapMessages } from './types';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: MemoryMapMessages = {
	memoryMapToggle: 'Memory map',
	memoryMapLegend: "Shaded by the average chance you recall each paragraph's questions now",
	band: {
		unstudied: 'Never studied',
		weak: 'Weak (below 70%)',
		fading: 'Fading (70–90%)',
		strong: 'Strong (90% or more)'
	},
	paragraphMemory: (studied, questions, value) =>
		value === null
			? `${plural(questions, 'question', 'questions')}, none studied yet`
			: `${studied} of ${plural(questions, 'question', 'questions')} studied, ${value} recalled on average`,
	reviewTheseNow: (count) => `Review ${count === 1 ? 'this question' : `these ${count} questions`} now`,
	memoryMapUnavailable: 'The memory map could not read your progress.'
};

export default en;
