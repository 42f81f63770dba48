/**
 * The study counts and the decks' progress: the home page's tiles, and the counts line and review link of the deck page (the
 * `counts` section of Messages), apart from the review texts so that the home page does not load the reviewer's.
 */
export type CountsMessages = {
	countsUnavailable: string;
	countNew: string;
	countLearning: string;
	countReview: string;
	/** On a deck tile whose counts are all zero. */
	doneForToday: string;
	studyMoreLink: string;
	studyAll: string;
	masteredDefinition: (days: number) => string;
	/** The deck tile's progress bar: its parts, its text alternative, and what "mastered" means. */
	progressPart: Record<'new' | 'learning' | 'mastered', string>;
	progressSummary: (progress: { new: number; learning: number; mastered: number; total: number }) => string;
	/** Before a deck tile's counts: they are today's queue, not the deck's progress. */
	today: string;
	/** The tile's secondary link, to the deck's page of questions and exports. */
	deckPageLink: string;
	/** What the whole deck tile does (shown on it; the link's name is the deck's title). */
	tileAction: string;
	/** The deck page's link to review that deck. */
	studyDeck: string;
};
