/** The interface texts of the answer controls: the `answers` section of Messages. Both languages fill every key. */
export type AnswerMessages = {
	chooseOne: string;
	chooseAll: string;
	judgeStatement: string;
	choiceKeysHint: string;
	clozeLabel: string;
	clozeBlank: string;
	clozeEnterHint: string;
	orderingInstructions: string;
	orderingKeysHint: string;
	moveUp: (item: string) => string;
	moveDown: (item: string) => string;
	movedTo: (item: string, position: number, count: number) => string;
	matchingInstructions: string;
	choosePlaceholder: string;
	verdictCorrect: string;
	verdictNearMiss: (expected: string) => string;
	verdictWrong: string;
	verdictPartial: (percent: number) => string;
	yourAnswerCorrect: string;
	yourAnswerWrong: string;
	correctAnswer: string;
	chosenCorrect: string;
	chosenWrong: string;
	missedCorrect: string;
	inRightPlace: string;
	belongsAt: (position: number) => string;
	matchCorrect: string;
	notMatched: string;
	matchWrong: string;
	/** Before the right answer shown under the verdict. */
	rightAnswer: string;
	alsoAccepted: string;
	rightOrder: string;
	rightPairs: string;
	/** The disclosure that holds the explanation and the source. */
	why: string;
	/** Opens the source paragraph beside the card (or under it on a phone). */
	showSource: string;
	/** The same, after the quote: which paragraph. */
	showSourceIn: (paragraph: number) => string;
	sourcePanelTitle: string;
	sourceParagraph: (paragraph: number) => string;
	openInReader: string;
	sourceLoadFailed: string;
};
