import { bandCounts, memoryByGroup, type ParagraphMemory } from '$lib/domain/stats/memory-map';
import { reportError } from '$lib/platform/report';

/**
 * The memory-map switch of a page that groups questions (the reader's paragraphs, the argument's claims). Off until
 * asked for; `load` runs at each switch-on and imports the database and the scheduler itself, so the page that
 * holds the switch stays light.
 */
export class MemoryMapToggle {
	on = $state(false);
	#memory = $state<{ current?: ParagraphMemory[]; failed?: boolean }>({});
	readonly #load: () => Promise<ParagraphMemory[]>;

	constructor(load: () => Promise<ParagraphMemory[]>) {
		this.#load = load;
	}

	/** Each group's memory by group id; empty while the map is off or loading. */
	readonly byGroup = $derived(memoryByGroup(this.on ? (this.#memory.current ?? []) : []));
	/** How many groups fall in each band, for the legend. */
	readonly counts = $derived(bandCounts(this.byGroup.values()));
	/** On, and the map could not be read: the page says so. */
	get failed() {
		return this.on && this.#memory.failed === true;
	}
	/** On, and the map is read: the page shows the legend. */
	get ready() {
		return this.on && this.#memory.current !== undefined;
	}

	async toggle() {
		this.on = !this.on;
		if (!this.on) return;
		try {
			this.#memory = { current: await this.#load() };
		} catch (error) {
			reportError('Reading the memory map', error);
			this.#memory = { failed: true };
		}
	}
}
