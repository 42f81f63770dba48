import type { CardBrowserMessages } from './types';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: CardBrowserMessages = {
	title: 'Card browser',
	lead: 'Search and filter every card: bring back a suspended one, reset, flag, or go to the sentence it quotes.',
	searchLabel: 'Search the questions and the article',
	searchHint: 'English, or Chinese in either script: 哈萨克 also finds 哈薩克.',
	deckLabel: 'Deck',
	allDecks: 'All decks',
	kindLabel: 'Kind',
	allKinds: 'All kinds',
	stateLabel: 'State',
	allStates: 'All states',
	sortLabel: 'Sort by',
	state: {
		new: 'New',
		learning: 'Learning',
		review: 'Review',
		suspended: 'Suspended',
		buried: 'Skipped until tomorrow',
		leech: 'Leech',
		flagged: 'Flagged'
	},
	sort: { due: 'Due date', retrievability: 'Chance of recall (lowest first)' },
	shownCount: (shown, total) => `Showing ${shown} of ${plural(total, 'card', 'cards')}`,
	clearFilters: 'Clear the filters',
	noMatch: 'No cards match.',
	nothingStudied: 'Nothing studied yet: every card below is new.',
	startReview: 'Start reviewing',
	selectAllShown: 'Select all cards shown',
	selectCard: 'Select',
	selectedCount: (count) => `${plural(count, 'card', 'cards')} selected`,
	withSelected: 'With the selected cards',
	clearSelection: 'Clear the selection',
	action: {
		suspend: 'Suspend',
		unsuspend: 'Unsuspend',
		reset: 'Reset to new',
		flag: 'Flag',
		unflag: 'Unflag'
	},
	openSource: 'Source',
	openQuestion: 'Question and card info',
	myCardsDeck: 'My cards',
	reviewMyCards: 'Review my cards',
	deleteWordCard: 'Delete',
	wordCardDeleted: (word) => `“${word}” deleted from your cards.`,
	done: {
		suspend: (count) => `${plural(count, 'card', 'cards')} suspended.`,
		unsuspend: (count) => `${plural(count, 'card', 'cards')} unsuspended: back in the review queue.`,
		reset: (count) => `${plural(count, 'card', 'cards')} reset to new.`,
		flag: (count) => `${plural(count, 'card', 'cards')} flagged.`,
		unflag: (count) => `${plural(count, 'card', 'cards')} unflagged.`
	},
	nothingChanged: 'The selected cards were already so: nothing changed.',
	undo: 'Undo',
	undone: 'Undone.',
	changedElsewhere:
		'A card was changed in another tab: nothing was saved. The list is up to date now; please try again.',
	actionFailed: 'The change could not be saved; nothing changed.',
	due: 'Due',
	dueNow: 'now',
	recall: 'Chance of recall',
	notStudied: 'Not studied yet',
	paragraph: (number) => `¶ ${number}`,
	showMore: (count) => `Show ${plural(count, 'more card', 'more cards')}`,
	loadFailed: 'The cards could not be read.'
};

export default en;
