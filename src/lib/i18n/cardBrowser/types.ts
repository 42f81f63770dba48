import type { BrowserSort, BrowserState } from '$lib/domain/cards/browse';

/** What an action of the card browser did, for its confirmation and its undo. */
export type CardAction = 'suspend' | 'unsuspend' | 'reset' | 'flag' | 'unflag';

/** Interface texts of the card browser (/cards/): the `cards` section of Messages. */
export type CardBrowserMessages = {
	title: string;
	lead: string;
	searchLabel: string;
	searchHint: string;
	deckLabel: string;
	allDecks: string;
	kindLabel: string;
	allKinds: string;
	stateLabel: string;
	allStates: string;
	sortLabel: string;
	state: Record<BrowserState, string>;
	sort: Record<BrowserSort, string>;
	shownCount: (shown: number, total: number) => string;
	clearFilters: string;
	noMatch: string;
	nothingStudied: string;
	startReview: string;
	selectAllShown: string;
	selectCard: string;
	selectedCount: (count: number) => string;
	withSelected: string;
	clearSelection: string;
	action: Record<CardAction, string>;
	openSource: string;
	openQuestion: string;
	/** The learner's own word cards: the deck filter's name, their review, deleting one. */
	myCardsDeck: string;
	reviewMyCards: string;
	deleteWordCard: string;
	/** word is the card's word. */
	wordCardDeleted: (word: string) => string;
	/** A confirmation after an action, with how many cards it changed. */
	done: Record<CardAction, (count: number) => string>;
	nothingChanged: string;
	undo: string;
	undone: string;
	/** A card changed in another tab since the list was read: nothing was written. */
	changedElsewhere: string;
	actionFailed: string;
	due: string;
	dueNow: string;
	recall: string;
	notStudied: string;
	paragraph: (number: number) => string;
	showMore: (count: number) => string;
	loadFailed: string;
};
