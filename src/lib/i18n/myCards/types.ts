/** The "add to my cards" button's texts (the reader's word look-up): the `myCards` section of Messages. */
export type MyCardsMessages = {
	addWordCard: string;
	/** The word is already one of the learner's cards. */
	inMyCards: string;
	adding: string;
	/** Said once the card is added: where it will come up. */
	wordCardAdded: string;
	/** A full disk or storage taken away: nothing was written. */
	addFailed: string;
	/** No usable storage in this browser at all. */
	storageUnavailable: string;
	/** The entry cannot become a card (an empty word): a programming error, said plainly. */
	invalidWord: string;
};
