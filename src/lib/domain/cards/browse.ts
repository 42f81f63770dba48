// The card browser's model: which states a card is in, how a query matches (whatever the script), and the
// filtered, sorted list. Pure: the page passes the time, the recall estimate and the script folding in.
import type { CardState } from '../scheduling/card';
import { questionTexts, type Question, type QuestionKind } from '../question';

/** The states the browser filters by; a card may be in several (a suspended leech in review). */
export const browserStates = [
	'new',
	'learning',
	'review',
	'suspended',
	'buried',
	'leech',
	'flagged'
] as const;
export type BrowserState = (typeof browserStates)[number];

export const browserSorts = ['due', 'retrievability'] as const;
/** Due: soonest first. Retrievability: least likely to be recalled now first. Unstudied cards follow, in catalog order. */
export type BrowserSort = (typeof browserSorts)[number];

/** One question as the browser lists it: the question, its card (undefined: never studied), its flag. */
export type BrowserEntry = {
	question: Question;
	card: CardState | undefined;
	flagged: boolean;
	/** Its place in the catalog, the order unstudied cards keep. */
	position: number;
	/** Every text of the question and its quoted sentences, folded for search (see foldForSearch). */
	searchText: string;
};

export type BrowserFilter = {
	query: string;
	deckId: string | 'all';
	kind: QuestionKind | 'all';
	state: BrowserState | 'all';
};

export const noFilter: BrowserFilter = { query: '', deckId: 'all', kind: 'all', state: 'all' };

/**
 * Text folded so that search ignores case, width, script and punctuation: NFKC, lower case, Traditional →
 * Simplified, punctuation as spaces (「」 and “” alike), single spaces.
 */
export function foldForSearch(text: string, toSimplified: (text: string) => string): string {
	return toSimplified(text.normalize('NFKC').toLowerCase())
		.replace(/[\p{P}\p{S}\s]+/gu, ' ')
		.trim();
}

/** The folded text a question is searched in: its id, every text in both languages, the sentences it quotes. */
export function searchTextOf(question: Question, toSimplified: (text: string) => string): string {
	const texts = [question.id, ...questionTexts(question), ...question.sources.map((source) => source.quote)];
	return foldForSearch(texts.join('\n'), toSimplified);
}

/** The states a card is in at `nowMs`. A question never studied is new. */
export function statesOf(card: CardState | undefined, flagged: boolean, nowMs: number): Set<BrowserState> {
	const states = new Set<BrowserState>();
	const phase = card?.phase ?? 'new';
	states.add(phase === 'relearning' ? 'learning' : phase);
	if (card?.suspended) states.add('suspended');
	if (card && card.buriedUntilMs > nowMs) states.add('buried');
	if (card?.leech) states.add('leech');
	if (flagged) states.add('flagged');
	return states;
}

/** Whether every word of the (folded) query is in the entry's text. An empty query matches everything. */
export function matchesQuery(entry: Pick<BrowserEntry, 'searchText'>, foldedQuery: string): boolean {
	return foldedQuery
		.split(' ')
		.filter((word) => word !== '')
		.every((word) => entry.searchText.includes(word));
}

export type BrowseContext = {
	nowMs: number;
	/** The chance of recalling a studied card now (0–1). */
	recall: (card: CardState) => number;
	toSimplified: (text: string) => string;
};

const isStudied = (entry: BrowserEntry): entry is BrowserEntry & { card: CardState } =>
	entry.card !== undefined && entry.card.phase !== 'new';

/** The entries that pass the filter, sorted; unstudied cards after studied ones, in catalog order. */
export function browse(
	entries: readonly BrowserEntry[],
	filter: BrowserFilter,
	sort: BrowserSort,
	context: BrowseContext
): BrowserEntry[] {
	const query = foldForSearch(filter.query.trim(), context.toSimplified);
	const shown = entries.filter(
		(entry) =>
			(filter.deckId === 'all' || entry.question.deckId === filter.deckId) &&
			(filter.kind === 'all' || entry.question.kind === filter.kind) &&
			(filter.state === 'all' || statesOf(entry.card, entry.flagged, context.nowMs).has(filter.state)) &&
			matchesQuery(entry, query)
	);
	const key = new Map<BrowserEntry, number>();
	for (const entry of shown) {
		if (!isStudied(entry)) continue;
		key.set(entry, sort === 'due' ? entry.card.dueAtMs : context.recall(entry.card));
	}
	return shown.sort((a, b) => {
		const keyA = key.get(a);
		const keyB = key.get(b);
		if (keyA !== undefined && keyB !== undefined && keyA !== keyB) return keyA - keyB;
		if (keyA !== undefined && keyB === undefined) return -1;
		if (keyA === undefined && keyB !== undefined) return 1;
		return a.position - b.position;
	});
}
